/**
 * Dead ends: keep what the sentence says (turned to “We couldn't <verb>
 * your <thing>” where it is told in the passive) and add the next step its
 * kind of failure needs (see `way-forward.ts`).
 */
import {readFailure, type FailureKind} from '../features/failure-kind.js'
import {withoutBlame} from './blame-clause.js'
import {filledNoun} from './filled-noun.js'
import {phraseBefore} from './noun-phrase.js'
import {lowerFirst} from './grammar.js'
import {toldPlainly} from './plain-failure.js'
import {sentenceAround, type SentenceSpan} from './sentence.js'
import type {Rewrite, TemplateFamily} from './types.js'
import {baseOf} from './verbs.js'
import {nextStep} from './way-forward.js'

// “<Your request> could not be <processed>”: the passive that hides who failed.
const passive = /\b(?:could not|couldn['’]t|cannot|can['’]t|can not|failed to|was unable to|were unable to) be ([\p{L}]+)/iu
const firstVerb = /\s(?:is|are|was|were|has|have|not|could|couldn['’]t|can['’]t|cannot)\b/iu
// What a leaked error looks like, as opposed to words: an exception's name, a stack frame, a source line,
// an address, an UPPER_SNAKE constant (written so), a status or internal error code (after the word that names it).
const artifactAsWritten = /\b[A-Z]\w*[a-z](?:Exception|Error)\b|\bat [\w.$<>]+ ?\(|\b[\w/-]+\.(?:js|ts|mjs|cjs|java|py|cs|rb|go|php|kt|swift):\d+|\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/
const artifactAnyCase = /\b0x[0-9a-f]{4,}\b|\b(?:http|status|error|err|code)[\s:#]*[45]\d\d\b|\b(?:error|err|code)[\s:#]*[a-z]{0,4}-?\d{3,}\b|\bexception\b/i

/** Whether `sentence` carries a technical artifact (a stack-trace line, an exception, an internal code). */
export function leaksInternals(sentence: string): boolean {
  return artifactAsWritten.test(sentence) || artifactAnyCase.test(sentence)
}

export const deadEnd: TemplateFamily = {
  ruleId: 'dead-end-error',
  shapes: [
    {shape: '<thing> could not be <verb>ed (not saved)', rewrite: 'We couldn’t <verb> <thing>. Try again — what you entered is still here (for what the customer typed; else: Please try again).', example: 'Your changes could not be saved.'},
    {shape: '… not found', rewrite: '… Check the details and try again (or: check the spelling and search again).', example: 'Booking not found.'},
    {shape: '… declined (payment)', rewrite: '… Try another card or payment method (in store: or pay at the counter).', example: 'Your card was declined.'},
    {shape: '… declined, rejected, unsuccessful, denied, not eligible (not payment)', rewrite: '… To find out why, <contact> (without one: You can ask us why).', example: 'Your application was unsuccessful.'},
    {shape: '… not allowed, not eligible, can’t be used here', rewrite: '… <Contact> to find out why, or what you can do instead.', example: 'Your laptop is not eligible for the student discount.'},
    {shape: '<thing> not supported', rewrite: '… Try another <thing> (a plain noun; else: You can ask us what you can use instead).', example: 'Card not supported.'},
    {shape: '… unavailable, timed out, offline, busy, down (temporary)', rewrite: '… Try again in a few minutes.', example: 'Service temporarily unavailable.'},
    {shape: '… not available on your plan, in your country (a restriction)', rewrite: '… <Contact> to find out what you can use instead (without one: You can ask us what you can use instead).', example: 'Live chat isn’t available on your plan.'},
    {shape: '<thing> already in use', rewrite: '… Choose another <thing>, or sign in if it’s yours.', example: 'Sorry, that username is not available — it’s already in use.'},
    {shape: '… no longer available, expired', rewrite: '… Choose another <thing> / Ask for a new <thing> and try again.', example: 'The table you picked is no longer available.'},
    {shape: 'an error code, exception or stack frame', rewrite: 'Something went wrong on our side. <next step> (the whole sentence: no internals kept)', example: 'Error: NullReferenceException at Checkout.Submit()'},
    {shape: '… due to customer error / because you typed it wrongly', rewrite: '… (a blame clause told neutrally: “because that <thing> didn’t match”, or dropped) <next step>', example: 'Your upload failed due to user error.'},
    {shape: 'anything else that failed', rewrite: '… Please try again (and, with a contact: If it keeps happening, <contact>).', example: 'Something went wrong.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    // A question (“Unable to scan?”) is a help link's label, and a colon opens a list: neither is a sentence to rewrite.
    if (!sentence || /[?:]/.test(sentence.close) || /:\s*$/.test(sentence.body)) return []
    const reading = readFailure(sentence.body)
    const cueAt = reading.at >= 0 ? sentence.start + reading.at : -1
    // What failed: named just before the words that told the kind, or else before the sentence's first verb.
    const verbAt = sentence.body.search(firstVerb)
    const thing = [cueAt, verbAt >= 0 ? sentence.start + verbAt : -1]
      .filter((at) => at > sentence.start)
      .map((at) => phraseBefore(input.text, sentence.start, at)?.words)
      .find((words) => words !== undefined)
    // A rule the product applies (“can't be used here”) is not a failure of ours: no “we couldn't”.
    const active = reading.kind === 'not-allowed' ? undefined : activeVoice(input.text, sentence)
    const told = leaksInternals(sentence.body) ? plainWords(reading.kind) : toldPlainly(withoutBlame(active ?? withStop(sentence), input.way))
    // A sentence that was nothing but finality (“There's nothing more we can do.”) gives way to the step:
    // who can say why, or what else there is, since trying again cannot help.
    const kind = told === '' && reading.kind === 'unknown' ? 'not-allowed' : reading.kind
    // What didn't match is tried again, whatever failed because of it (a card declined for a PIN that didn't match).
    const step = /\bdidn’t match\b/u.test(told) ? 'Try again.' : nextStep(kind, sentence.body, thing && filledNoun(thing, sentence.body), input.way)
    // A blame clause told neutrally may bring its own step (“Check the card number and try again.”): not a second one.
    const text = !told ? step : /\btry again\b/i.test(told) ? told : `${told} ${step}`
    return [{text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} satisfies Rewrite]
  }
}

/** A leaked error's sentence, told in plain words by its kind: a declined card is not a failure on our side. */
function plainWords(kind: FailureKind): string {
  switch (kind) {
    case 'not-found': return 'We couldn’t find that.'
    case 'declined': return 'That didn’t go through.'
    case 'not-allowed': return 'That can’t be done here.'
    case 'conflict': return 'That didn’t work.'
    case 'not-saved':
    case 'unavailable':
    case 'unknown': return 'Something went wrong on our side.'
  }
}

/** “Your request could not be processed.” → “We couldn't process your request.” (undefined when the shape is not there). */
function activeVoice(text: string, sentence: SentenceSpan): string | undefined {
  const match = passive.exec(sentence.body)
  const verb = match && baseOf(match[1]!)
  if (!match || !verb) return undefined
  const at = sentence.start + match.index
  const subject = phraseBefore(text, sentence.start, at)
  const before = subject ? text.slice(sentence.start, subject.start) : ''
  // “Payment could not be completed”: a bare noun opening the sentence is “the payment”.
  const bare = subject?.determiner === '' && before.trim() === ''
  if (!subject || (!bare && !/^(?:your|the|this|that|these|those|my|our)$/.test(subject.determiner))) return undefined
  const after = sentence.body.slice(match.index + match[0].length)
  const owner = bare ? 'the' : subject.determiner === 'your' || subject.determiner === 'my' ? 'your' : subject.determiner === 'our' ? 'our' : subject.determiner
  const we = before.trim() === '' ? 'We' : 'we'
  return `${before}${we} couldn’t ${verb} ${owner} ${bare ? lowerFirst(subject.words) : subject.words}${after}${closeOrStop(sentence.close)}`
}

function withStop(sentence: SentenceSpan): string {
  return `${sentence.body}${closeOrStop(sentence.close)}`
}

/** A sentence followed by another needs its own stop: keep the original's mark, or add one. */
function closeOrStop(close: string): string {
  return close === '' ? '.' : close
}
