/**
 * Dead ends: keep what the sentence says (turned to “We couldn't <verb>
 * your <thing>” where it is told in the passive) and add the next step its
 * kind of failure needs (see `way-forward.ts`).
 */
import {readFailure, type FailureKind} from '../features/failure-kind.js'
import {imperatives} from '../features/next-step.js'
import {withoutBlame} from './blame-clause.js'
import {saysInputWrong} from './faulty-input.js'
import {filledNoun} from './filled-noun.js'
import {phraseAfter, phraseBefore, phraseJudged} from './noun-phrase.js'
import {capitalise, lowerFirst} from './grammar.js'
import {toldPlainly} from './plain-failure.js'
import {sentenceAfter, sentenceAround, type SentenceSpan} from './sentence.js'
import type {Rewrite, TemplateFamily} from './types.js'
import {baseOf} from './verbs.js'
import {afterForGood, changedForGood, nextStep, retryCannotHelp} from './way-forward.js'

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
    {
      shape: '<thing the customer typed> not found',
      rewrite: '… Check the <thing> and try again (a code, number, address, name; a booking or account: Check the details and try again; a search: Check the spelling and search again; anything else: <contact>, or none).',
      example: 'Voucher code not found.'
    },
    {shape: '… declined (payment)', rewrite: '… Try another card or payment method (in store: or pay at the counter).', example: 'Your card was declined.'},
    {shape: '<a thing the customer typed> is not valid, could not be verified', rewrite: '… Check it and try again (a token, a setting, anything they did not type: <contact>, or none).', example: 'We could not verify this code.'},
    {shape: '<an action> unsuccessful', rewrite: '… Please try again (a failed action, not a refusal).', example: 'Points transfer unsuccessful.'},
    {
      shape: '<thing> not supported (by your browser, on this device)',
      rewrite: '… Try another <thing> / browser / device (a plain noun; else, and for a plan or region restriction, a locked account, a missing camera: <contact> to find out what you can use instead, or none without a contact, since waiting cannot change them).',
      example: 'Card not supported.'
    },
    {shape: '… unavailable, offline, busy, down, under maintenance (temporary)', rewrite: '… Try again in a few minutes.', example: 'Service temporarily unavailable.'},
    {shape: '… timed out, cancelled, connection lost', rewrite: '… Please try again.', example: 'Your session timed out.'},
    {shape: '<thing> already in use', rewrite: '… Choose another <thing>, or sign in if it’s yours.', example: 'Sorry, that username is not available — it’s already in use.'},
    {
      shape: '… no longer available, expired',
      rewrite: '… Choose another <thing> / Ask for a new <thing> and try again (only what is issued, such as a card, a code or a link; an expired card at a payment: Try another card or payment method; else <contact>, or none).',
      example: 'The table you picked is no longer available.'
    },
    {
      shape: '… a state changed for good (a deadline passed, a place released, a decision final, non-refundable, cannot be mended, discontinued, we don’t ship to …)',
      rewrite: '… no retry: Book again if you still need a place (a booking that went); else <contact> to find out what you can do instead; else none.',
      example: 'Sorry, your seat has been released.'
    },
    {shape: '… too large, exceeds the maximum size (a file)', rewrite: '… Try a smaller file (retrying the same file cannot help).', example: 'Your photo could not be uploaded because it is too large.'},
    {
      shape: 'a syntax or expression error',
      rewrite: '… Check the <syntax / expression / formula> and try again (an expression that cannot be read, a value not valid, a configuration missing or wrong: <contact>, or none, since neither a retry nor a check can help).',
      example: 'Your formula has a syntax error.'
    },
    {shape: 'an error code, exception or stack frame', rewrite: 'The sentence without the code (“Upload failed (ERR_X).” → “Upload failed.”) <next step>; nothing left but the code: Something went wrong on our side.', example: 'Error: NullReferenceException at Checkout.Submit()'},
    {shape: '… due to customer error / because you typed it wrongly', rewrite: '… (a blame clause told neutrally: “because that <thing> didn’t match”, or dropped) <next step>', example: 'Your upload failed due to user error.'},
    {
      shape: 'anything else that failed',
      rewrite: '… Please try again (and, with a contact: If it keeps happening, <contact>). A refusal (declined, rejected, not eligible, not allowed) gets only the contact: none without one, since there is no “us” to ask.',
      example: 'Something went wrong.'
    },
    {
      shape: 'a message that goes on after the failure',
      rewrite: 'The next step at the end of the message (before a sign-off); none where what follows already says what to do, or says it is pending, corrupt or must be configured.',
      example: 'Authentication failed. We could not reach the identity provider.'
    }
  ],
  rewrite(input) {
    const {text} = input
    const sentence = sentenceAround(text, input.start)
    // A question (“Unable to scan?”) is a help link's label, and a colon opens a list: neither is a sentence to rewrite.
    if (!sentence || /[?:]/.test(sentence.close) || /:\s*$/.test(sentence.body)) return []
    // A fragment (“There's been an error - please”) or a label (“Membership Manager Error”): a step after it would not read.
    if ((sentence.close === '' && dangling.test(text.slice(sentence.start, sentence.end))) || errorLabel.test(sentence.body)) return []
    // The next step goes where the message ends; what comes after the failure may already say what to do.
    const rest = messageAfter(text, sentence)
    if (!rest) return []
    const {end, after} = rest
    const reading = readFailure(sentence.body)
    const cueAt = reading.at >= 0 ? sentence.start + reading.at : -1
    // What failed: named just before the words that told the kind, or else before the sentence's first verb.
    const verbAt = sentence.body.search(firstVerb)
    // “Voucher invalid”: the verdict follows what it judges.
    const verdictAt = sentence.body.search(/\b(?:invalid|not valid)\b/iu)
    const thing = (verdictAt > 0 ? phraseJudged(text, sentence.start, sentence.start + verdictAt)?.words : undefined) ??
      [cueAt, verbAt >= 0 ? sentence.start + verbAt : -1]
        .filter((at) => at > sentence.start)
        .map((at) => phraseBefore(text, sentence.start, at)?.words)
        .find((words) => words !== undefined) ??
      // “We can't find your booking”, “We could not verify this code”: what was not found or not accepted follows the words.
      ((reading.kind === 'not-found' || reading.kind === 'declined') && cueAt >= 0 ? phraseAfter(text, cueAt + reading.cue.length)?.words : undefined) ??
      // “Invalid date of birth”: it opens the sentence.
      // Not “Invalid username (or password)”: one of two things is not what was wrong.
      (/^invalid\s/iu.test(sentence.body) && !/^invalid\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:or|and)\s/iu.test(sentence.body)
        ? phraseAfter(text, sentence.start + 'invalid '.length)?.words
        : undefined)
    // A rule the product applies (“can't be used here”) is not a failure of ours: no “we couldn't”.
    const active = reading.kind === 'not-allowed' || afterBlank(text, sentence) ? undefined : activeVoice(text, sentence)
    const told = leaksInternals(sentence.body) ? withoutInternals(sentence, reading.kind) : toldPlainly(withoutBlame(active ?? withStop(text, sentence), input.way))
    // Blame no template could tell neutrally stays with customer-blame's advice: a step after it would keep it.
    if (saysInputWrong(told)) return []
    // A sentence that was nothing but finality (“There's nothing more we can do.”) gives way to the step:
    // who can say why, or what else there is, since trying again cannot help.
    const kind = told === '' && reading.kind === 'unknown' ? 'not-allowed' : reading.kind
    // What didn't match is tried again, whatever failed because of it (a card declined for a PIN that didn't match).
    // What else the message says (“… is not configured.”) tells what a retry can change.
    const message = `${text.slice(lineStart(text, sentence.start), sentence.start)}${sentence.body} ${after}`
    // Not where the message says a retry cannot help (“… 3 times. Card blocked.”).
    const step = /\bdidn’t match\b/u.test(told) ? (retryCannotHelp(message) ? undefined : changedForGood(message) ? afterForGood(message, input.way) : 'Try again.') : nextStep(kind, sentence.body, thing && filledNoun(thing, sentence.body), input.way, message)
    // A blame clause told neutrally may bring its own step (“Check the card number and try again.”): not a second one,
    // and none where the message says a retry cannot help (“Card locked.”).
    if (/\btry again\b/i.test(told)) return retryCannotHelp(message) || changedForGood(message) ? [] : [{text: told, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} satisfies Rewrite]
    if (!step) return []
    if (!told) return [{text: step, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} satisfies Rewrite]
    return [{text: `${told}${after}${/[.!?…]["”’)\]]*$/.test(after.trimEnd() || told) ? '' : '.'} ${step}`, offset: sentence.start, endOffset: end, scope: 'sentence'} satisfies Rewrite]
  }
}

// A sentence cut off before its end: what comes after “please” or “to” is missing.
// As written: a run of spaces after the word is a blanked placeholder (“Export failed for   ”), not a cut.
const dangling = /(?:^|\s)(?:please|and|or|but|to|the|a|an|with|for|of|then|so)$/iu
// “Membership Manager Error”: a heading in Title Case naming a component, with no verb to tell what failed.
// (“Internal Server Error” is a plain failure, which a retry can help.)
const errorLabel = /^(?!.*\b(?:Internal|Server|Unknown|Unexpected|Network|Connection|Fatal|General|System|Gateway|Timeout)\b)(?:\p{Lu}[\p{L}-]*\s+){2,4}(?:Error|Failure|Exception)$/u

// What comes after the failure already tells the customer what to do (“… make sure to enable Identity”, “Collect it from …”).
const laterStep = /\bplease\b|\b(?:make sure|ensure)\b|(?:^\s*|[.!?;:,—–-]\s*|\b(?:and|or|then|just|simply|instead)\s+)(?:try|check|contact|call|enable|go to|visit|ask|choose|select|refresh|reload|sign in|log in|use)\b/i
// A courtesy stays last: the next step goes before it (“… Please try again. We're sorry about that.”).
const courtesy = /^(?:good ?bye|bye|thanks|thank you|cheers|regards|kind regards|best wishes|see you|have a (?:lovely|nice|good|great)|(?:we['’]re |we are )?sorry|we apologi[sz]e|apologies|we appreciate|we wish|we hope|hope)\b/i

/**
 * Where the next step goes: after the message's last sentence on the
 * finding's line, before a courtesy or a sentence of finality (“This
 * decision is final”, which a step after it would contradict); `after` is
 * what stays between the failure and the step; undefined when a later
 * sentence already says what to do.
 */
function messageAfter(text: string, sentence: SentenceSpan): {end: number; after: string} | undefined {
  let end = sentence.end
  for (let next = sentenceAfter(text, sentence); next && !text.slice(end, next.start).includes('\n'); next = sentenceAfter(text, next)) {
    const said = text.slice(next.start, next.end)
    // A sentence of finality stays, as the customer's facts, but the step goes before it.
    if (courtesy.test(next.body) || toldPlainly(said) === '') break
    // A question after it (“Do you still want to leave?”) is a dialog, not a dead end; a step after it would not answer it.
    if (laterStep.test(said) || opensWithOrder(next.body) || /\?/.test(next.close)) return undefined
    end = next.end
  }

  return {end, after: text.slice(sentence.end, end)}
}

/** Where the line `index` is on starts. */
function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1
}

/** “Collect it from your local Post Office.”: a later sentence that tells the customer what to do (not “Update failed.”). */
function opensWithOrder(body: string): boolean {
  const [first = '', second = ''] = body.toLowerCase().split(/\s+/)
  return imperatives.has(first) && !/^(?:is|was|are|were|has|had|have|could|can|can['’]t|cannot|did|does|will|not|\p{L}+ed)$/u.test(second)
}

// A leaked error in a place words can do without: “Upload failed (ERR_X).”, “Saving failed: at Store.persist (store.js:41)”,
// “The export failed with error E7031.”. An exception's own message (“TypeError: Cannot read …”) is all internals.
const internalsAside = /\s*\([^()]*\)\s*$|\s*:\s+\S.*$|\s+with (?:an? )?(?:error|status|code)\b.*$/su
// Words that say only that something failed, and names from code: a sentence of them tells the customer nothing more.
const failureWords = /\b(?:an?|the|at|in|of|error|errors|exception|failed|failure|fatal|oops|sorry|unexpected|unknown|internal|server|has|have|occurred|there|was|is|code|status|stack|trace)\b/giu
const network = /\bnetwork\s?error\b|\bxmlhttprequest\b|\bfailed to fetch\b|\bERR_(?:NETWORK|INTERNET|CONNECTION)\w*/iu
const codeNames = /[\w$]+(?:\.[\w$]+)+|\b\w*[a-z][A-Z]\w*|\b\w*_\w*/gu

/** A sentence with a technical artifact, the artifact gone and its facts kept; all of it in plain words when it said nothing else. */
function withoutInternals(sentence: SentenceSpan, kind: FailureKind): string {
  const words = sentence.body.replace(internalsAside, '')
  const facts = words.replace(codeNames, '').replace(failureWords, '').match(/\p{L}{2,}/gu) ?? []
  // “NetworkError: Failed to load”: the connection, not our side, is what the customer can act on.
  if (network.test(sentence.body) && (words === sentence.body || leaksInternals(words) || facts.length === 0)) return 'We couldn’t connect.'
  if (words === sentence.body || leaksInternals(words) || facts.length === 0) return plainWords(kind)
  return `${capitalise(words)}${closeOrStop(sentence.close.replace(/^[^.!?…]+/, ''))}`
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
  // The raw body: a masked placeholder at its end is white space the rewrite keeps.
  const after = rawBody(text, sentence).slice(match.index + match[0].length)
  const owner = bare ? 'the' : subject.determiner === 'your' || subject.determiner === 'my' ? 'your' : subject.determiner === 'our' ? 'our' : subject.determiner
  const we = before.trim() === '' ? 'We' : 'we'
  return `${before}${we} couldn’t ${verb} ${owner} ${bare ? lowerFirst(subject.words) : subject.words}${after}${closeOrStop(sentence.close)}`
}

function withStop(text: string, sentence: SentenceSpan): string {
  return `${rawBody(text, sentence)}${closeOrStop(sentence.close)}`
}

/**
 * The sentence before its closing mark as written. A run of spaces at its
 * end is kept: it is where a catalog's placeholder was blanked (“The request
 * returned error {0}.”), and a next step goes after it, not into it.
 */
function rawBody(text: string, sentence: SentenceSpan): string {
  const raw = text.slice(sentence.start, sentence.end - sentence.close.length)
  return blankAtEnd.test(raw) ? raw : raw.trimEnd()
}

const blankAtEnd = /[ \t]{2,}$/u

/** Whether a blanked placeholder opens the sentence (“{count} items could not be saved”): its words must stay where they are. */
function afterBlank(text: string, sentence: SentenceSpan): boolean {
  return blankAtEnd.test(text.slice(Math.max(0, sentence.start - 16), sentence.start))
}

/** A sentence followed by another needs its own stop: keep the original's mark, or add one. */
function closeOrStop(close: string): string {
  return close === '' ? '.' : close
}
