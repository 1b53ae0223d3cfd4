import type {FeatureOptions} from './features.js'

/**
 * How learned weights are stored in the generated module: per rule, the
 * non-zero buckets as delta-coded varints and each weight as a signed byte
 * with one scale per rule, in base64. `pnpm train` encodes, the scorer
 * decodes once per process.
 */

export interface EncodedRule {
  readonly bias: number
  /** Weight of a bucket = byte × scale. */
  readonly scale: number
  /** Decision threshold on the calibrated probability. */
  readonly threshold: number
  /** A phrase-table finding in a sentence scored below this is dropped (its entries misfire there). */
  readonly phraseFloor: number
  /** Platt scaling of the raw logit: p = σ(a·z + b). */
  readonly calibration: readonly [number, number]
  /** Base64 in lines of at most 100 characters, so the generated file stays reviewable. */
  readonly weights: readonly string[]
}

export interface EncodedModel {
  /** `featureVersion` of the features the weights were trained on (absent: version 7, before the header named it). */
  readonly featureVersion?: number
  /** Hash of the training data and settings the weights were made from. */
  readonly dataHash: string
  readonly hashBits: number
  readonly features: FeatureOptions
  readonly rules: Readonly<Record<string, EncodedRule>>
}

export function encodeWeights(buckets: readonly number[], values: readonly number[], scale: number): string[] {
  const bytes: number[] = []
  let previous = 0
  for (const [index, bucket] of buckets.entries()) {
    let delta = bucket - previous
    previous = bucket
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80)
      delta >>>= 7
    }

    bytes.push(delta)
    bytes.push(Math.max(-127, Math.min(127, Math.round(values[index]! / scale))) & 0xff)
  }

  const text = base64(Uint8Array.from(bytes))
  const lines: string[] = []
  for (let at = 0; at < text.length; at += 100) lines.push(text.slice(at, at + 100))
  return lines
}

export function decodeWeights(encoded: readonly string[], scale: number, visit: (bucket: number, weight: number) => void): void {
  const bytes = unbase64(encoded.join(''))
  let bucket = 0
  let index = 0
  while (index < bytes.length) {
    let delta = 0
    let shift = 0
    let byte: number
    do {
      byte = bytes[index++]!
      delta |= (byte & 0x7f) << shift
      shift += 7
    } while (byte & 0x80)
    bucket += delta
    const signed = bytes[index++]!
    visit(bucket, (signed > 127 ? signed - 256 : signed) * scale)
  }
}

// Node and browsers both have atob/btoa; Buffer is Node-only.
function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function unbase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
