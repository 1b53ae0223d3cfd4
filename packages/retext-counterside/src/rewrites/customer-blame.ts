/**
 * The customer-blame family: what didn't match told neutrally
 * (`faulty-input.ts`), a missed step told as the step (`missed-step.ts`),
 * and labels and asides that blame dropped (`blame-clause.ts`). A sentence
 * that is also a dead end (“You entered the wrong PIN and the payment
 * failed”) gets the dead end's next step too, so one rewrite is clean for
 * both rules.
 */
import {causeTold, namesBlamedCause, withoutBlame, withoutBlameWords} from './blame-clause.js'
import {withoutBlamedCause} from './blamed-cause.js'
import {keepsContentNouns} from './content-nouns.js'
import {capitalise, lowerFirst} from './grammar.js'
import {deadEnd} from './dead-end.js'
import {faultyInput} from './faulty-input.js'
import {changedForGood, retryCannotHelp} from './way-forward.js'
import {missedStep} from './missed-step.js'
import {maximumReach, sentenceAround, type SentenceSpan} from './sentence.js'
import {mayStillFlag, mayStillFlagAround} from './sentence-rewrite.js'
import {nounsDropped, onlyScolds, scoldingAfter, toldBefore} from './reproach.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

// A failure still told in the rewritten sentence, with nothing after it to do.
const failure = /\b(?:failed|declined|cancell?ed|rejected|refused|denied|locked|blocked|suspended|bounced|unsuccessful|could not|couldn['’]t|cannot|unable to|not found|didn['’]t go through|did not go through|was not accepted|wasn['’]t accepted)\b/iu
// Blame a dropped label or aside would leave standing (“…, so this is really on you.”): no rewrite then.
const stillBlames = new RegExp(String.raw`\b(?:${[
  'on you',
  String.raw`your (?:own )?(?:fault|responsibility|mistake)`,
  String.raw`you should(?:n['’]t)? have`,
  'clearly',
  'obviously',
  'wrong',
  'incorrect(?:ly)?',
  'invalid',
  'as usual',
  'be more careful',
  'pay attention',
  '(?:because|since|as) you',
  String.raw`you (?:failed|forgot|didn['’]t|did not|never|were told|gave us|gave|typed|entered|picked|chose|selected)`
].join('|')})\b`, 'iu')
// A cause told as a fact (“because no one was home”, “because the passport was expired”, “because no reading was sent”):
// a step added after it would guess at what the customer should do.
const absent = /\bno one was\b|\b(?:was|were) (?:incomplete|expired|outdated|out-of-date|blurry|blurred|unreadable|illegible|partial|damaged|unsigned|empty|blank)\b|\bno [\p{L} -]{2,30} (?:was|were) \p{L}+\b/iu
const disclaims = /\bcan(?:not|['’]t)\s+be\s+held\b|\b(?:not|isn['’]t|aren['’]t)\s+(?:be\s+)?(?:responsible|liable|accountable)\b/iu
const requirement = /^The\s[^.!?]*?\b(?:must|should|needs?\s+to|has\s+to|(?:cannot|can\s+not|can['’]t)\s+(?:contain|include|be|exceed|start|end|have|use))\b/iu
const laterStep = /^\s*(?:please\s+)?(?:try|re-?enter|check|enter|choose|pick|select|use|call|contact|ask|insert|sign|add|fix|update|rebook|resubmit|re-?send|send|upload|book|pay|reset|go back|start again)\b|\btry again\b/iu
const offersStep = /\btry again\b|\b(?:to continue|before)\b|^(?:check|enter|add|choose|select|try|sign|attach|insert|please)\b/iu

export const customerBlame: TemplateFamily = {
  ruleId: 'customer-blame',
  shapes: [
    {shape: 'Next time, please <request> / Please <request> … actually … this time', rewrite: 'Please <request> (the reproach dropped)', example: 'Next time, please make sure someone is actually at home.'},
    ...faultyInput.shapes,
    {shape: 'You forgot to / You failed to / You didn’t <step> <thing>', rewrite: '<Step> <thing> to continue (or: … before <when>)', example: 'You forgot to add a delivery address.'},
    {shape: 'Looks like someone forgot to <step> their <thing>', rewrite: '<Step> your <thing> to continue', example: 'Looks like someone forgot to add their flat number.'},
    {shape: '… because you didn’t / failed to / never <step> <thing>', rewrite: '… because <thing> wasn’t <stepped>', example: 'Your parcel came back because you didn’t sign the delivery note. Rebook in the app.'},
    {shape: 'You must have typed <thing> wrong / You didn’t enter <thing> correctly', rewrite: 'That <thing> didn’t match. Try again.', example: 'You didn’t enter your postcode correctly.'},
    {shape: 'User error: … / Your mistake: … / … — customer error', rewrite: '… (the label dropped)', example: 'Your mistake: promo codes are case-sensitive.'},
    {shape: 'As we told you, … / …, as usual', rewrite: '… (the aside dropped)', example: 'As we told you, the router needs a restart.'},
    {
      shape: '<fact>. Did you even …? / Please pay attention. / That’s on you. / Again. / Learn to type. / Are you sure you typed …? (a sentence that only scolds)',
      rewrite: '<fact> (rewritten where it blames too; a failure it tells gets the dead end’s next step), the scolding dropped',
      example: 'You entered the wrong PIN. Please be more careful.'
    },
    {shape: 'Next time, maybe <check> … ? / Looks like someone didn’t read the <thing> / Please stop <guessing> and <step>', rewrite: '<Check> … . / Please check the <thing>. / Please <step>', example: 'Next time, maybe double-check the pickup time before you leave home?'},
    {shape: '… because you didn’t <step> a <thing> / page <n>', rewrite: '… because no <thing> was <stepped> / page <n> wasn’t <stepped>', example: 'Your energy bill is estimated because you didn’t submit a reading.'},
    {shape: '… because you gave us an <incomplete / expired …> <thing>', rewrite: '… because the <thing> was <incomplete / expired …>', example: 'The courier returned the parcel because you gave us an incomplete postcode.'},
    {shape: '<outcome> because you <act> / Because you <act>, <outcome>', rewrite: '<Outcome> (the act dropped, where it names nothing of the customer’s and no step is needed)', example: 'Because you booked late, you were charged the peak fare.'},
    {shape: '<outcome> because <cause> (told neutrally, and still read as blame)', rewrite: '<Cause>, so <outcome> / <Outcome>: <cause>', example: 'Your place was released because you missed the booking deadline.'},
    {shape: '<outcome> due to user / customer error', rewrite: '<Outcome>. <next step>', example: 'Top-up failed due to user error.'},
    {shape: 'Did you forget to <step> <thing>?? / Why haven’t you <stepped> <thing>?', rewrite: 'Please <step> <thing>.', example: 'Did you forget to confirm your phone number??'},
    {shape: 'Did you forget your <card / ticket / receipt / pass / code …>?', rewrite: 'Do you have your <thing>?', example: 'Did you forget your library card??'},
    {shape: 'You forgot to <step> <thing>, so we can’t <do>', rewrite: '<Step> <thing> so we can <do>', example: 'You forgot to add your flat number, so we can’t book the courier.'},
    {shape: '… you missed the <deadline / window>', rewrite: '… the <deadline / window> has passed (no retry)', example: 'Exchange refused: you missed the 30-day return window.'},
    {shape: '… wrong <thing> … and <it> failed (a dead end too)', rewrite: '… <thing> didn’t match … <next step>', example: 'You entered the wrong PIN and the payment failed.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    if (onlyScolds(input.text, sentence)) return scoldingDropped(input, sentence)
    return pastScolding(input, sentence) ?? calmRequest(input, sentence) ?? ownRewrites(input, sentence)
  }
}

// A request said as a reproach: “Next time, please …”, “please … actually …”, “… this time”.
const request = /^(?:next\s+time,?\s+)?(?:please|kindly)\s+\p{L}/iu
const reproachWords = /^next\s+time,?\s+|\s+actually(?=\s)|,?\s+(?:this|next)\s+time\b|,?\s+for\s+once\b/giu

/**
 * “Please make sure you actually have funds before ordering.” → “Please make sure you have funds before ordering.”;
 * “Next time, please double-check the gate code.” → “Please double-check the gate code.”: the request kept as
 * asked, the words that make it a reproach dropped. None where what is left still blames.
 */
function calmRequest(input: RewriteInput, sentence: SentenceSpan): Rewrite[] | undefined {
  const body = sentence.body.trim()
  if (!request.test(body)) return undefined
  const calmed = body.replace(reproachWords, '')
  if (calmed === body) return undefined
  const text = `${calmed.charAt(0).toUpperCase()}${calmed.slice(1)}${sentence.close === '' ? '' : /^[!?]/u.test(sentence.close) ? '.' : sentence.close}`
  const written = input.text.slice(sentence.start, sentence.end)
  // “Please try to turn up”, “a card that works”: the reproach still speaks once its words go.
  if (/\btry\s+to\b|\bthat\s+(?:actually\s+)?(?:works|work|has\s+funds)\b/iu.test(text)) return undefined
  if (stillBlames.test(text) || !keepsContentNouns(written, text, '') || mayStillFlagAround(input.ruleId, input.text, sentence.start, sentence.end, text)) return undefined
  return [{text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
}

/** The sentence's own rewrites: a verdict told neutrally, a missed step told as the step, or the label or aside dropped. */
function ownRewrites(input: RewriteInput, sentence: SentenceSpan): Rewrite[] {
  // A label or aside goes first (“User error: PIN typed incorrectly.”); the verdict left after it is told neutrally.
  const written = input.text.slice(sentence.start, sentence.end)
  const labelled = withoutBlameWords(written) !== written
  const own = labelled ? [] : faultyInput.rewrite(input)
  const rewrites = own.length > 0 ? own : missedStep(input.text, sentence) ?? dropped(input, sentence)
  return rewrites.map((rewrite) => withDeadEndStep(input, rewrite))
}

/**
 * The sentence rewritten as if the scolding after it (“Did you even check
 * it?”) were not there, that scolding dropped with it; undefined when none
 * follows, or when the rewrite would lose a noun the scolding held.
 * `asWritten`: the sentence itself may stay as written, when it does not blame.
 */
function pastScolding(input: RewriteInput, sentence: SentenceSpan, asWritten = false, findingAt = input.start): Rewrite[] | undefined {
  const scolding = scoldingAfter(input.text, sentence)
  if (scolding.length === 0) return undefined
  const end = scolding.at(-1)!.end
  const text = `${input.text.slice(0, sentence.end)}${input.text.slice(end)}`
  const written = text.slice(sentence.start, sentence.end)
  const own = ownRewrites({...input, text}, sentence)
  // Kept as written, a failure it tells gets the dead end's next step (“Your payment didn't go through. Try another card …”).
  const rewrites = own.length > 0 || !asWritten || mayStillFlag(input.ruleId, written) ? own : [keptWithStep({...input, text}, {text: written, offset: sentence.start, endOffset: sentence.end, scope: 'sentence' as const})]
  const nouns = nounsDropped(input.text, scolding, findingAt)
  const reaching = rewrites.flatMap((rewrite): Rewrite[] => {
    if (rewrite.offset < sentence.start || rewrite.endOffset > sentence.end) return []
    const told = `${text.slice(sentence.start, rewrite.offset)}${rewrite.text}${text.slice(rewrite.endOffset, sentence.end)}`
    if (!nouns.every((noun) => told.toLowerCase().includes(noun))) return []
    return [{text: told, offset: sentence.start, endOffset: end, scope: 'sentence'}]
  })
  return reaching.length > 0 || asWritten ? reaching : undefined
}

/**
 * A sentence kept as written once the scolding after it goes: a failure it
 * tells gets the dead end's next step; what didn't match (“Your code didn't
 * match.”) is tried again, unless the copy after it gives a step.
 */
function keptWithStep(input: RewriteInput, rewrite: Rewrite): Rewrite {
  const stepped = withDeadEndStep(input, rewrite)
  if (stepped !== rewrite || !/\b(?:didn['’]t|did not) match\b/iu.test(rewrite.text) || offersStep.test(rewrite.text)) return stepped
  const after = input.text.slice(rewrite.endOffset, rewrite.endOffset + maximumReach)
  // Nor where the copy after says a retry cannot help (“… Keypad locked.”).
  if (laterStep.test(after) || retryCannotHelp(after) || changedForGood(after)) return rewrite
  return {...rewrite, text: `${rewrite.text}${/[.!?…]["”’)\]]*$/u.test(rewrite.text) ? '' : '.'} Try again.`}
}

/** A sentence that only scolds, after one that tells what happened: dropped, the one before kept (rewritten where it blames too). */
function scoldingDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite[] {
  const told = toldBefore(input.text, sentence)
  if (!told) return []
  const rewrites = pastScolding({...input, start: told.start, end: told.end}, told, true, input.start) ?? []
  return rewrites.filter((rewrite) => rewrite.endOffset >= sentence.end)
}

/**
 * The sentence without the label or aside that blames, its cause told as
 * what was missed (“because no reading was submitted”), else without the
 * customer's act it puts the outcome down to; none when it has none, or
 * when nothing would be left.
 */
function dropped(input: RewriteInput, sentence: SentenceSpan): Rewrite[] {
  const written = input.text.slice(sentence.start, sentence.end)
  const told = toldNeutrally(input, sentence)
  const withoutCause = withoutBlamedCause(input.text, sentence)
  // The act goes with none of the sentence's nouns: what it named (“the app”) is the customer's to keep, whatever the finding's span.
  const uncaused = withoutCause && keepsContentNouns(written, withoutCause, '') ? [withoutCause] : []
  const rewrite = (text: string): Rewrite => ({text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'})
  // A cause told anew is held to the full lint, as the customer will read it.
  const fits = (text: string): boolean => !stillBlames.test(text) && !mayStillFlagAround(input.ruleId, input.text, sentence.start, sentence.end, text)
  // Where the customer's act is only dropped, or was their absence, a retry added after the outcome (“The engineer couldn't
  // get in. Please try again.”) asks for what cannot help: such a rewrite is given only where no step is needed.
  const needsNoStep = (text: string): boolean => withDeadEndStep(input, rewrite(text)).text === text
  // Where “<outcome> because <cause>” still reads as blame, the cause told first, or after a colon, may not.
  const reordered = told[0] && !fits(told[0]) ? causeFirst(told[0]) : []
  const asTold = (text: string): boolean => (text === told[0] || reordered.includes(text)) && !absent.test(text)
  const found = [told[0], ...reordered, ...told.slice(1).filter(needsNoStep), ...uncaused.filter(needsNoStep)].find((text) => text !== undefined && fits(text) && (asTold(text) || needsNoStep(text)))
  return found ? [rewrite(found)] : []
}

// “<outcome> because <cause>.”: one cause, told as a fact (not the customer's act: “because you …” is told neutrally first).
const becauseClause = /^([^,;:]+?),?\s+because\s+([^,;:]+?)([.!…]*)$/u
// Words that open a sentence and may start lower-case after “so” (“so your place was released”): not a name.
const commonOpener = /^(?:Your|The|This|That|These|Those|Our|My|A|An|It|We|Its)\b/u

/**
 * “Your place was released because the deadline had passed.” told with the
 * cause first (“The deadline had passed, so your place was released.”) and
 * after a colon (“Your place was released: the deadline had passed.”); none
 * without one such clause.
 */
function causeFirst(text: string): string[] {
  const clause = becauseClause.exec(text)
  if (!clause) return []
  const [, outcome = '', cause = '', close] = clause
  if (/\b(?:you|your)\b/iu.test(cause) || !/\p{L}{2}/u.test(cause)) return []
  const stop = close || '.'
  const then = commonOpener.test(outcome) ? lowerFirst(outcome) : outcome
  return [`${capitalise(cause)}, so ${then}${stop}`, `${outcome}: ${cause}${stop}`]
}

/** The sentence with its label or aside dropped and its cause told as what was missed, and the same with “wasn’t” spelt out; none when nothing changed. */
function toldNeutrally(input: RewriteInput, sentence: SentenceSpan): string[] {
  const written = input.text.slice(sentence.start, sentence.end)
  const unlabelled = withoutBlameWords(written)
  const told = causeTold(unlabelled)
  // “Payment failed due to user error.”: a cause that only names the customer goes whole.
  // Only a sentence with such a clause: a bare verdict (“Wrong PIN.”) is faulty-input's, read with the copy after it.
  const cut = told === written && namesBlamedCause(written) ? withoutBlame(written, input.way) : told
  // What the dropped cause named (“the wrong file type”) stays the customer's: none where a noun would go with it.
  const rest = cut === told || keepsContentNouns(written, cut, '') ? cut : written
  if (rest === written || !/\p{L}{2}/u.test(rest.replace(/[\s\p{P}]+/gu, ''))) return []
  // “Card declined — customer error” ends without its mark once the label goes: give it one.
  const text = /[.!?…]["”’)\]]*$/u.test(rest) || sentence.close === '' ? rest : `${rest}${sentence.close}`
  // What the label stood before may itself be a verdict (“User error: PIN typed incorrectly.”): told neutrally too.
  const [neutral] = faultyInput.rewrite({ruleId: faultyInput.ruleId, text, start: 0, end: text.length, way: input.way})
  const whole = neutral && neutral.offset === 0 && neutral.endOffset === text.length ? neutral.text : text
  // “because the form wasn’t signed” may read as the old blame where “was not signed” does not.
  const spelt = whole.replace(/\b(was|were)n’t\b/gu, '$1 not')
  return spelt !== whole && !written.includes('n’t') ? [whole, spelt] : [whole]
}

/**
 * A rewrite whose sentence still tells a failure with no way on gets the
 * dead end's next step, unless the copy after it gives one (“… Try again.”).
 */
function withDeadEndStep(input: RewriteInput, rewrite: Rewrite): Rewrite {
  if (rewrite.scope !== 'sentence' || !failure.test(rewrite.text) || offersStep.test(rewrite.text)) return rewrite
  if (laterStep.test(input.text.slice(rewrite.endOffset, rewrite.endOffset + maximumReach))) return rewrite
  const [stepped] = deadEnd.rewrite({ruleId: deadEnd.ruleId, text: rewrite.text, start: 0, end: rewrite.text.length, way: input.way})
  if (!stepped || stepped.offset !== 0 || stepped.endOffset !== rewrite.text.length) return rewrite
  // “… cannot be held responsible …” disclaims; nothing failed that a step could help with.
  if (disclaims.test(rewrite.text)) return rewrite
  // “The username cannot contain spaces”: a requirement, told; nothing failed.
  if (requirement.test(rewrite.text)) return rewrite
  // “… the cancellation window has passed”: a retry cannot bring the time back.
  if (/\b(?:has|had)\s+passed\b/iu.test(rewrite.text)) return rewrite
  // The sentence already says why (“… because the receipts weren't included”): a step that offers to say why is not one.
  if (/\bbecause\b/iu.test(rewrite.text) && /\bwhy\b/iu.test(stepped.text.slice(rewrite.text.length - 1))) return rewrite
  return {...rewrite, text: stepped.text}
}
