/**
 * One decoded scorer per process, shared by the learned layer and the
 * rewrites that check their own output against it; decoded on first use,
 * so nothing heavy happens at import time.
 */
import {Scorer} from './scorer.js'
import {model} from './weights.generated.js'

let scorer: Scorer | undefined

export function sharedScorer(): Scorer {
  scorer ??= new Scorer(model)
  return scorer
}
