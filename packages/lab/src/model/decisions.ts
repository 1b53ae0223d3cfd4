/**
 * From out-of-fold logits to decisions: Platt scaling (so `confidence` is a
 * probability) and, per rule, the threshold that gives the most recall for
 * the phrase tables and the model together at the wanted precision, with
 * the real catalogs among the negatives at their real prevalence.
 */

export interface Scored {
  readonly logit: number
  /** 1 breaks the rule, 0 does not. */
  readonly label: 0 | 1
  /** The phrase tables: 0 silent, 1 a hedged entry fires (a floor may drop it), 2 a sure one. */
  readonly phrase: 0 | 1 | 2
  /** How much a false finding here counts against the precision (1 unless the policy weighs real catalogs higher). */
  readonly cost?: number
}

/** Fit p = σ(a·z + b) by Newton's method on the log loss. */
export function fitCalibration(all: readonly Scored[]): [number, number] {
  const scores = all.filter((score) => Number.isFinite(score.logit))
  let a = 1
  let b = 0
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0
    let gb = 0
    let haa = 0
    let hab = 0
    let hbb = 0
    for (const {logit, label} of scores) {
      const p = 1 / (1 + Math.exp(-(a * logit + b)))
      const d = p - label
      const w = Math.max(p * (1 - p), 1e-9)
      ga += d * logit
      gb += d
      haa += w * logit * logit
      hab += w * logit
      hbb += w
    }

    const det = haa * hbb - hab * hab
    if (Math.abs(det) < 1e-12) break
    const stepA = (hbb * ga - hab * gb) / det
    const stepB = (haa * gb - hab * ga) / det
    a -= stepA
    b -= stepB
    if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) break
  }

  return a > 0 ? [a, b] : [1, 0]
}

/**
 * Per rule, two cuts on the model's logit, chosen together for the most
 * true findings while both layers combined keep the wanted precision, with
 * the real catalogs among the negatives at their real prevalence:
 * - `floor`: phrase-table findings in sentences scored below it are dropped
 *   (at most `highestFloor`);
 * - `threshold`: the model alone reports from here up, never below
 *   `minimum` (the default `minConfidence`).
 * `threshold` is infinite when the model cannot add a finding at that
 * precision; `floor` is `-Infinity` when every phrase finding stands.
 * Where the tables alone fall short of the precision, the model's own
 * findings must still reach it (see `marginalThreshold`).
 */
export function chooseCuts(scores: readonly Scored[], precision: number, minimum: number, highestFloor: number): {floor: number; threshold: number} {
  const phrase = scores.filter((score) => score.phrase > 0).sort((a, b) => a.logit - b.logit)
  // A logit of -Infinity: no sentence the model judges (a short label); the tables' verdict stands.
  const stands = (score: Scored, floor: number): boolean => score.phrase === 2 || (score.phrase === 1 && (score.logit >= floor || score.logit === -Infinity))
  // Candidate floors: keep all, or cut at one of 40 quantiles of the phrase findings' scores,
  // never above `highestFloor`: the tables' findings are dropped only where the model is sure.
  const hedged = phrase.filter((score) => score.phrase === 1)
  const quantiles = Array.from({length: 40}, (_, step) => hedged[Math.floor(((step + 1) * hedged.length) / 41)]?.logit ?? Infinity)
  const floors = [-Infinity, ...quantiles.filter((floor) => floor <= highestFloor)]
  let best = {floor: -Infinity, threshold: Infinity, tp: -1}
  for (const floor of new Set(floors)) {
    let tp = 0
    let fp = 0
    for (const score of phrase) {
      if (!stands(score, floor)) continue
      if (score.label === 1) tp++
      else fp += score.cost ?? 1
    }

    let threshold = Infinity
    let bestTp = tp / Math.max(1, tp + fp) >= precision ? tp : -1
    const alone = scores.filter((score) => !stands(score, floor) && score.logit >= minimum).sort((a, b) => b.logit - a.logit)
    for (const [index, score] of alone.entries()) {
      if (score.label === 1) tp++
      else fp += score.cost ?? 1
      if (alone[index + 1]?.logit === score.logit) continue
      if (tp / (tp + fp) >= precision && tp > bestTp) {
        bestTp = tp
        threshold = score.logit
      }
    }

    if (bestTp > best.tp) best = {floor, threshold, tp: bestTp}
  }

  if (best.tp >= 0) return {floor: best.floor, threshold: best.threshold}
  // The tables alone miss the precision at every floor, so no cut keeps the
  // pair above it. The model still adds what it finds at that precision:
  // its own findings are held to the bar, the tables' stand as they are.
  return {floor: -Infinity, threshold: marginalThreshold(scores.filter((score) => !stands(score, -Infinity) && score.logit >= minimum), precision)}
}

/** The lowest cut whose findings, taken alone, keep `precision` with the most true ones. */
function marginalThreshold(scores: readonly Scored[], precision: number): number {
  const sorted = [...scores].sort((a, b) => b.logit - a.logit)
  let tp = 0
  let fp = 0
  let best = {threshold: Infinity, tp: 0}
  for (const [index, score] of sorted.entries()) {
    if (score.label === 1) tp++
    else fp += score.cost ?? 1
    if (sorted[index + 1]?.logit === score.logit) continue
    if (tp / (tp + fp) >= precision && tp > best.tp) best = {threshold: score.logit, tp}
  }

  return best.threshold
}
