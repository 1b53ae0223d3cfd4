/** A training example of one sentence with the given feature ids, for the trainer's tests. */
import type {Example} from '../../src/model/examples.js'

export function oneSentence(label: 0 | 1, features: readonly number[], source: Example['source'] = 'corpus'): Example {
  return {
    id: `${source}:${features.join(',')}`,
    group: source === 'corpus' ? 'w' : source,
    frozen: false,
    source,
    text: '',
    labels: Int8Array.of(label),
    sentences: [Int32Array.from(features)],
    reportable: [true]
  }
}
