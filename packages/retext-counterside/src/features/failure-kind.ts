/**
 * What kind of failure a dead end reports, read from its words: the next
 * step that helps depends on it (“not found” → check the spelling, “already
 * in use” → choose another), so one canned “try again” cannot fit them all.
 */

export type FailureKind = 'not-found' | 'not-saved' | 'declined' | 'not-allowed' | 'unavailable' | 'conflict' | 'unknown'

export const failureKinds: readonly FailureKind[] = ['not-found', 'not-saved', 'declined', 'not-allowed', 'unavailable', 'conflict', 'unknown']

/** How a message names the kind: “… is a dead end (not found): …”. */
export function kindLabel(kind: FailureKind): string {
  return kind === 'unknown' ? 'unknown error' : kind.replace('-', ' ')
}

// First match wins: “already in use” before “not available”, “not found” before “could not”.
/** One regular expression from its alternatives, written one per line so a diff shows which changed. */
function alternatives(...patterns: readonly string[]): RegExp {
  return new RegExp(patterns.join('|'))
}

const cues: ReadonlyArray<readonly [FailureKind, RegExp]> = [
  ['conflict', alternatives(
    String.raw`\balready (?:in use|exists?|registered|taken|booked|used|been|linked|redeemed|applied|added|subscribed|signed up)\b`,
    String.raw`\bduplicate\b`,
    String.raw`\bin use\b`,
    String.raw`\bexpired\b`,
    String.raw`\bno longer (?:valid|active|available)\b`,
    String.raw`\bconflict`
  )],
  ['not-found', alternatives(
    String.raw`\bnot (?:be )?found\b`,
    String.raw`\b(?:can['’]t|cannot|can not|couldn['’]t|could not|unable to|weren['’]t able to|wasn['’]t able to) (?:be )?(?:find|found|locate|located|match|matched)\b`,
    String.raw`\bnothing (?:to |that )?(?:correspond|corresponds|match|matches)\b`,
    String.raw`\bno (?:results|matches|match|record|records|account|booking|order)\b`,
    String.raw`\bdoes(?:n['’]t| not) exist\b`,
    String.raw`\bunknown (?:user|account|code|number|address|product|item)\b`,
    String.raw`\b(?:not|isn['’]t|wasn['’]t) recogni[sz]ed\b`,
    String.raw`\bunrecogni[sz]ed\b`,
    String.raw`\binvalid (?:code|reference|voucher|coupon|promo)\b`,
    String.raw`\b404\b`
  )],
  // “can't be used here/with …”: a rule the product applies, not a failure to retry.
  ['not-allowed', alternatives(
    String.raw`\bnot (?:allowed|permitted|authori[sz]ed|eligible)\b`,
    String.raw`\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) (?:allowed|permitted|eligible)\b`,
    String.raw`\b(?:can['’]t|cannot|can not) be used (?:here|in|on|for|with|at|together)\b`,
    String.raw`\bineligible\b`,
    String.raw`\bpermission\b`,
    String.raw`\baccess denied\b`,
    String.raw`\bforbidden\b`,
    String.raw`\bunauthori[sz]ed\b`,
    String.raw`\bnot able to help\b`,
    String.raw`\bcan['’]t help with\b`,
    String.raw`\bcannot help with\b`,
    String.raw`\bnot something we can do\b`,
    // “We can't do that to a merged cell”: what the product does not do, which a retry cannot change.
    String.raw`\b(?:we|you) (?:can['’]t|cannot|can not) do (?:that|this)\b`,
    String.raw`\bnothing (?:\w+ )?(?:i|we) (?:can|could) do\b`,
    String.raw`\b(?:can['’]t|cannot) accommodate\b`,
    String.raw`\b(?:won['’]t|will not) be (?:issuing|offering|giving|refunding|replacing|discussing|changing)\b`,
    String.raw`\b403\b`,
    String.raw`\b401\b`
  )],
  ['declined', alternatives(
    String.raw`\bdeclined\b`,
    String.raw`\brejected\b`,
    String.raw`\brefused\b`,
    String.raw`\bbounced\b`,
    // “Unsuccessful” refuses only what was decided on (an application) or paid; “Revert unsuccessful” is a failed action (below).
    String.raw`\b(?:application|claim|appeal|bid|nomination|candidacy|request|payment|card|transaction|charge|top-up|purchase)s?\b[^.!?]{0,40}\bunsuccessful\b`,
    String.raw`\bnot (?:be |been )?(?:accepted|approved|authori[sz]ed|verified|successful)\b`,
    String.raw`\b(?:was|were|been|is|are) (?:denied|turned down)\b`,
    String.raw`\b(?:don['’]t|do not|doesn['’]t|does not|didn['’]t|did not|not) qualify\b`,
    String.raw`\b(?:can['’]t|cannot|unable to|not able to) offer\b`,
    String.raw`\b(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t) (?:accepted|approved|valid)\b`,
    String.raw`\b(?:couldn['’]t|could not|can['’]t|cannot|unable to) (?:be )?(?:verify|verified|accept|accepted|approve|approved|authori[sz]e|authori[sz]ed|charge|charged|take payment)\b`,
    String.raw`\bnot valid\b`,
    String.raw`\binsufficient\b`,
    String.raw`\bdecision is final\b`
  )],
  ['unavailable', alternatives(
    String.raw`\bunavailable\b`,
    String.raw`\bnot available\b`,
    String.raw`\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) available\b`,
    String.raw`\bunsupported\b`,
    String.raw`\bnot supported\b`,
    String.raw`\bout of (?:service|order|stock)\b`,
    String.raw`\boffline\b`,
    String.raw`\b(?:is|are) down\b`,
    String.raw`\bnot responding\b`,
    String.raw`\btimed out\b`,
    String.raw`\btime-?out\b`,
    String.raw`\bconnection (?:lost|error|failed)\b`,
    String.raw`\blost connection\b`,
    String.raw`\bunable to connect\b`,
    String.raw`\bcan['’]t connect\b`,
    String.raw`\bbad gateway\b`,
    String.raw`\b50[234]\b`,
    String.raw`\bclosed\b`,
    String.raw`\bmaintenance\b`,
    String.raw`\b(?:is|are|['’]re) (?:currently |very )?busy\b`
  )],
  ['not-saved', alternatives(
    String.raw`\b(?:save|saved|saving|send|sent|sending|submit|submitted|upload|uploaded|uploading|post|posted|sync|synced|syncing|add|added|update|updated|place|placed|store|stored|transfer|transferred|register|registered)\b`,
    String.raw`\bunsuccessful\b`
  )]
]

const codeName = /[\w$]+(?:\.[\w$]+)+(?:\(\))?|\b\w+\(\)|\b\w*[a-z][A-Z]\w*/g

export interface FailureReading {
  readonly kind: FailureKind
  /** Where the words that told the kind start in the text, or -1 (unknown). */
  readonly at: number
  /** Those words, lower case. */
  readonly cue: string
}

/** The kind of failure `text` (the finding's sentence) reports, and the words that told it. */
export function readFailure(text: string): FailureReading {
  // Code names (“Checkout.Submit()”, “NullReferenceException”) say nothing of the kind; blanked, offsets kept.
  const lower = text.replace(codeName, (name) => ' '.repeat(name.length)).toLowerCase()
  for (const [kind, cue] of cues) {
    const match = cue.exec(lower)
    if (match) return {kind, at: match.index, cue: match[0]}
  }

  return {kind: 'unknown', at: -1, cue: ''}
}

export function failureKind(text: string): FailureKind {
  return readFailure(text).kind
}
