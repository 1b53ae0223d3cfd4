/**
 * The learned scorer, decoded once per process on first use and shared by
 * the learned layer and the rewrites that check their own output.
 */
import {Scorer} from './model/scorer.js'
import {model} from './model/weights.generated.js'

let scorer: Scorer | undefined

export function sharedScorer(): Scorer {
  scorer ??= new Scorer(model)
  return scorer
}
