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
const cues: ReadonlyArray<readonly [FailureKind, RegExp]> = [
  ['conflict', /\balready (?:in use|exists?|registered|taken|booked|used|been|linked|redeemed|applied|added|subscribed|signed up)\b|\bduplicate\b|\bin use\b|\bexpired\b|\bno longer (?:valid|active|available)\b|\bconflict/],
  ['not-found', /\bnot (?:be )?found\b|\b(?:can['’]t|cannot|couldn['’]t|could not|unable to|weren['’]t able to|wasn['’]t able to) (?:be )?(?:find|found|locate|located|match|matched)\b|\bno (?:results|matches|match|record|records|account|booking|order)\b|\bdoes(?:n['’]t| not) exist\b|\bunknown (?:user|account|code|number|address|product|item)\b|\b(?:not|isn['’]t|wasn['’]t) recogni[sz]ed\b|\bunrecogni[sz]ed\b|\binvalid (?:code|reference|voucher|coupon|promo)\b|\b404\b/],
  // “can't be used here/with …”: a rule the product applies, not a failure to retry.
  ['not-allowed', /\bnot (?:allowed|permitted|authori[sz]ed|eligible)\b|\b(?:can['’]t|cannot|can not) be used (?:here|in|on|for|with|at|together)\b|\bineligible\b|\bpermission\b|\baccess denied\b|\bforbidden\b|\bunauthori[sz]ed\b|\bnot able to help\b|\bcan['’]t help with\b|\bcannot help with\b|\bnot something we can do\b|\b403\b|\b401\b/],
  ['declined', /\bdeclined\b|\brejected\b|\brefused\b|\bbounced\b|\bunsuccessful\b|\bnot (?:be |been )?(?:accepted|approved|authori[sz]ed|verified|successful)\b|\b(?:was|were|been|is|are) (?:denied|turned down)\b|\b(?:don['’]t|do not|doesn['’]t|does not|didn['’]t|did not|not) qualify\b|\b(?:can['’]t|cannot|unable to|not able to) offer you\b|\b(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t) (?:accepted|approved|valid)\b|\b(?:couldn['’]t|could not|can['’]t|cannot|unable to) (?:be )?(?:verify|verified|accept|accepted|approve|approved|authori[sz]e|authori[sz]ed|charge|charged|take payment)\b|\bnot valid\b|\binsufficient\b|\bdecision is final\b/],
  ['unavailable', /\bunavailable\b|\bnot available\b|\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t) available\b|\bunsupported\b|\bnot supported\b|\bout of (?:service|order|stock)\b|\boffline\b|\b(?:is|are) down\b|\bnot responding\b|\btimed out\b|\btime-?out\b|\bconnection (?:lost|error|failed)\b|\blost connection\b|\bunable to connect\b|\bcan['’]t connect\b|\bbad gateway\b|\b50[234]\b|\bclosed\b|\bmaintenance\b|\b(?:is|are|['’]re) (?:currently |very )?busy\b/],
  ['not-saved', /\b(?:save|saved|saving|send|sent|sending|submit|submitted|upload|uploaded|uploading|post|posted|sync|synced|syncing|add|added|update|updated|place|placed|store|stored|transfer|transferred|register|registered)\b/]
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
