/**
 * Exposed internals: the backstage excuse dropped and the customer's part
 * kept (“Sorry for the wait, we’re short-staffed so mains are late.” →
 * “Sorry for the wait, mains are late.”); an unfilled name given its
 * fallback (“Hi {{first_name}},” → “Hi there,”); a leaked error's
 * failure kept in plain words with a next step, as the dead-end rewrites tell it.
 */
import {findArtifacts, type Artifact} from '../features/artifacts.js'
import {failureKind} from '../features/failure-kind.js'
import {backstageClasses} from '../phrases/exposed-internals.js'
import {clausesOf} from './clauses.js'
import {keepsContentNouns} from './content-nouns.js'
import {deadEnd, leaksInternals} from './dead-end.js'
import {sentenceAfter, sentenceAround, sentenceBefore, type SentenceSpan} from './sentence.js'
import {droppedClause, mayStillFlagAround, sentenceRewrite} from './sentence-rewrite.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

// A greeting before an unfilled name: the fallback a screen should show.
const greeting = /\b(hi|hello|hey|dear)\s+$/iu
const fallbacks: Readonly<Record<string, string>> = {hi: 'hi there', hey: 'hey there', hello: 'hello', dear: 'hello'}
// An identifier after its noun (“your order #{{order_id}}”): the noun says enough without it.
const identified = /\b(?:order|booking|reference|ref|invoice|ticket|case|claim|parcel|appointment|reservation|confirmation)(?:\s+(?:no\.?|number|id))?\s*#?\s*$/iu
// A label that announces a note for the team: what follows it is the note, not copy.
const noteLabel = /\b(?:todo|fixme|tbd|notes?|internal|staff|tech|mechanic|agent|self|use only)\b/iu
// A label up to its colon (“Note to self: ”).
const noteLabelled = /^([^:.!?\n]{0,30}):\s*/u

// An unfilled field that stands for the customer's name (“{{first_name}}”, “[Customer Name]”, “%%FNAME%%”).
const nameField = /name|fname|first|customer|guest|member|client|recipient|user/iu
// An apology or thanks that opens the sentence (“Sorry for the wait”, “Thanks for your patience”): copy to keep on its own.
const apologyHead = /^(?:(?:hi|hello|hey|dear)\s+[^,;:.!?]{1,30},\s*)?(?:(?:i['’]m |we['’]re |so |really |very )*sorry|(?:many |our )?apologies|thanks|thank you|many thanks)\b/iu
// A person or thing the dropped words named, left without them (“… the dispatcher is off, so <they> …”, “…, Dave's looking at <it>”, “<That's> just our scanners”).
const pointsBack = /\b(?:she|he|her|him|they|them|it)\b|^that['’]s\b/iu
// A field still in brackets once the name is filled (“thank you for purchasing [Item]”): the copy is not finished.
const bracketedField = /\[\p{Lu}[\p{L} ]{0,30}\]/u
// What is left of a test message may itself be the build it came from (“— dev build 4.2.1”): not copy.
const buildWords = /\b(?:dev|debug|staging|build|test|sandbox|qa)\b/iu
// The backstage still named in what is left (“… — don't blame us, blame the caretaker!”, “we've told head office”).
const backOffice = new RegExp(String.raw`\b(?:blame[ds]?|head office|management|(?:our|my)\s+(?:new\s+)?(?:${(backstageClasses['staffRole'] ?? []).join('|')})s?)\b`, 'iu')
// What only the customer's side of a sentence says: they are addressed, asked to do something, or told a number or a time.
const tellsCustomer = /^\W*(?:please|ignore|check|tap|click|press|use|choose|pick|call|visit|reply|contact)\b|\b(?:you|your|yours|you['’](?:re|ll|ve|d))\b|\d|\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|minutes?|hours?|days?|weeks?)\b/iu

// What is left may be only a sigh and a plea (“Ugh, bear with me.”): nothing of the customer's is told.
const pleaOnly = /^\W*(?:(?:ugh|argh|oh|ok|okay|so|right|sorry)\W+)*(?:please\s+)?(?:bear\s+with\s+(?:me|us)|hang\s+on|hold\s+on|hang\s+tight|hold\s+tight|one\s+(?:moment|sec|second))\W*$/iu
// When the excuse holds (“We're short-staffed today.”): it tells the customer no time of theirs.
const excuseTime = /\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|right\s+now|at\s+the\s+moment)$/iu

// A label that only ever opens a note for the team (not “Agent:” in a chat log): a sentence it opens is the note whole.
const noteOnlyLabel = /^\W*(?:todo|fixme|tbd|(?:internal|staff)\s+notes?|notes?\s+to\s+(?:self|team)|internal|use\s+only)\b/iu
// A sentence of nothing but a test send's words (“Test message — please ignore.”): none of it is copy.
const testWords = String.raw`(?:(?:this\s+is\s+(?:just\s+)?a\s+)?test(?:\s+(?:message|e-?mail|sms|text|send|notification|only|test))*|please\s+ignore(?:\s+this(?:\s+(?:message|e-?mail))?)?|ignore\s+this(?:\s+(?:message|e-?mail))?|do\s+not\s+(?:send|reply))`
const testOnly = new RegExp(String.raw`^\W*${testWords}(?:\s*[—–,:;-]\s*${testWords})*\W*$`, 'iu')

// A bracketed note that closes a sentence (“(status: PENDING_AML_L2)”, “(debug: geo=null)”), one level deep.
const trailingAside = /\s*\([^()]{1,120}\)\s*$/u

// Said where a shape fits and no rewrite may be offered.
const noRewrite: Rewrite = {text: '', offset: 0, endOffset: 0, scope: 'match'}

export const exposedInternals: TemplateFamily = {
  ruleId: 'exposed-internals',
  shapes: [
    {shape: 'Hi/Dear <unfilled name>', rewrite: 'Hi there / Hello', example: 'Hi {{first_name}}, your table is ready.'},
    {shape: 'your order <unfilled number>', rewrite: 'your order', example: 'Your order #{{order_id}} has shipped.'},
    {shape: '<what failed>: <exception, status, error code>', rewrite: '<What failed>. <next step> (as dead-end-error words it)', example: 'Your payment failed: NullPointerException at Gateway.charge'},
    {shape: '<copy>, <backstage excuse> / <excuse>, so <copy> / <copy> because <excuse>', rewrite: '<Copy> (the excuse dropped)', example: 'Your room isn’t ready yet because housekeeping is understaffed.'},
    {shape: '<copy>, <unfilled name>', rewrite: '<Copy>', example: 'Good to see you again, {{first_name}}!'},
    {shape: 'Sorry for / Thanks for <thing>, <backstage excuse>', rewrite: 'Sorry for / Thanks for <thing>.', example: 'Thanks for your patience, our team is drowning in tickets this week.'},
    {shape: '<placeholder text or a note to the team> — <copy>', rewrite: '<Copy>', example: 'Test test please ignore — your flu clinic slot is confirmed.'},
    {shape: '<copy> is delayed because <backstage excuse>', rewrite: '<Copy> is delayed', example: 'Your onboarding pack is delayed because legal and HR can’t agree.'},
    {shape: '<test words>. <copy>. / <copy>. (Note to self: …)', rewrite: '<Copy>', example: 'Test message — please ignore. Your gym pass renews tomorrow.'},
    {shape: '<copy> (<status / flag / debug: system code>)', rewrite: '<Copy>', example: 'Refund requested (status: RFND_QUEUE_HOLD)'},
    {shape: '<copy>. <We’re short-staffed today.>', rewrite: '<Copy>.', example: 'Your pizza is in the oven. We’re short-staffed tonight.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    const artifacts = findArtifacts(input.text.slice(sentence.start, sentence.end))
      .map((item) => ({...item, from: item.from + sentence.start, to: item.to + sentence.start}))
      .filter((item) => item.from < input.end && item.to > input.start)
      // One leak read twice (“{{first_name}}” and its “first_name”): the outer one stands.
      .filter((item, _, all) => !all.some((other) => other !== item && other.from <= item.from && item.to <= other.to && other.to - other.from > item.to - item.from))
    const found = artifacts.some((item) => item.kind === 'error')
      ? (leakTold(input, sentence, artifacts) ?? leakSentenceDropped(input, sentence))
      : artifacts.length > 0
        ? (filled(input, sentence, artifacts) ?? asideDropped(input, sentence, artifacts) ?? placeholderDropped(input, sentence, artifacts) ?? leakSentenceDropped(input, sentence))
        : (testOnly.test(sentence.body) ? wholeSentenceDropped(input, sentence) : undefined) ??
          noteDropped(input, sentence) ??
          withoutBuild(droppedClause(input, sentence, noteEnd(input, sentence)), input) ??
          causeDropped(input, sentence) ??
          apologyKept(input, sentence) ??
          excuseSentenceDropped(input, sentence)
    return found && found !== noRewrite ? [found] : []
  }
}

/** “Hi {{first_name}}, your order {{order_id}}” → “Hi there, your order”: every artifact given its fallback, or none. */
function filled(input: RewriteInput, sentence: SentenceSpan, artifacts: readonly Artifact[]): Rewrite | undefined {
  const edits: Array<{from: number; to: number; text: string}> = []
  for (const artifact of artifacts) {
    const before = input.text.slice(Math.max(0, artifact.from - 40), artifact.from)
    const greeted = greeting.exec(before)
    const named = identified.exec(before)
    if (greeted) {
      const from = artifact.from - before.length + greeted.index
      const word = greeted[1]!
      const fallback = fallbacks[word.toLowerCase()]!
      edits.push({from, to: artifact.to, text: /^\p{Lu}/u.test(word) ? fallback.charAt(0).toUpperCase() + fallback.slice(1) : fallback})
    } else if (vocative(input.text, artifact)) {
      // “Welcome back, {{first_name}}!”: the name goes with its comma, the greeting stands.
      edits.push({from: artifact.from - /\s*,\s*$/u.exec(before)![0].length, to: artifact.to, text: ''})
    } else if (named) {
      // The identifier and the spaces or “#” before it go; the noun stays.
      const from = artifact.from - before.length + named.index + named[0].trimEnd().replace(/\s*(?:#|no\.?|number|id)$/iu, '').length
      edits.push({from, to: artifact.to, text: ''})
    } else {
      return undefined
    }
  }

  // The whole sentence with the fallbacks in: a dropped number leaves no empty replacement.
  let text = ''
  let at = sentence.start
  for (const edit of edits) {
    text += input.text.slice(at, edit.from) + edit.text
    at = edit.to
  }

  text += input.text.slice(at, sentence.end)
  return text.trim() === '' || bracketedField.test(text) ? undefined : sentenceRewrite(input, sentence, text)
}

/**
 * A system's note in brackets after the copy (“Withdrawal pending (status:
 * PENDING_MANUAL)”, “… room 12. (debug: eta=null)”): the note goes, the copy
 * stays. Only where every leak is inside a bracket that says nothing to the
 * customer, and only brackets that close the sentence.
 */
function asideDropped(input: RewriteInput, sentence: SentenceSpan, artifacts: readonly Artifact[]): Rewrite | undefined {
  const body = input.text.slice(sentence.start, sentence.start + sentence.body.length)
  const aside = trailingAside.exec(body)
  if (!aside || /\b(?:you|your)\b/iu.test(aside[0])) return undefined
  const from = sentence.start + aside.index
  if (!artifacts.every((item) => item.from >= from)) return undefined
  if (aside.index === 0) return wholeSentenceDropped(input, sentence)
  const kept = body.slice(0, aside.index).trimEnd()
  if (kept.split(/\s+/u).length < 2 || findArtifacts(kept).length > 0) return undefined
  return sentenceRewrite(input, sentence, `${kept}${sentence.close}`)
}

/** A name field set off by a comma at the end of a clause (“Thanks for your order, [Customer Name].”). */
function vocative(text: string, artifact: Artifact): boolean {
  return nameField.test(text.slice(artifact.from, artifact.to)) && /,\s*$/u.test(text.slice(0, artifact.from)) && /^\s*(?:[,.!?…]|$)/u.test(text.slice(artifact.to))
}

/**
 * “Sorry for the wait, we’re short-staffed because two people called in
 * sick.” → “Sorry for the wait.”: where no clause of the excuse can go
 * alone, the apology or thanks that opens the sentence is kept with the
 * clauses up to a comma, dash or semicolon, as many as read clean. What
 * goes may name nothing of the customer's (the content nouns outside the
 * flagged words keep it).
 */
function apologyKept(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const clauses = clausesOf(input.text, sentence.start, sentence.start + sentence.body.length)
  if (clauses.length < 2 || !apologyHead.test(sentence.body)) return undefined
  for (let cut = clauses.length - 1; cut > 0; cut--) {
    const joint = clauses[cut]!.joint!
    if (input.end <= joint.start || (joint.mark !== ',' && joint.mark !== '—' && joint.mark !== ';')) continue
    const kept = input.text.slice(sentence.start, joint.start)
    if (kept.split(/\s+/u).length < 3) continue
    const found = rewriteInContext(input, sentence, `${kept}${sentence.close || '.'}`)
    if (found) return found
  }

  return undefined
}

/** The sentence rewritten as `text` where it keeps its content nouns and, read between its neighbours, is not flagged again. */
function rewriteInContext(input: RewriteInput, sentence: SentenceSpan, text: string): Rewrite | undefined {
  const original = input.text.slice(sentence.start, sentence.end)
  if (!keepsContentNouns(original, text, input.text.slice(input.start, input.end))) return undefined
  return mayStillFlagAround(input.ruleId, input.text, sentence.start, sentence.end, text) ? undefined : {text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}
}

/**
 * A sentence that is the excuse whole (“Sorry about the wait. Our supplier
 * messed up again.”) goes, and the sentence beside it stands: the rewrite
 * covers both, its text the one kept. Not where the excuse tells the
 * customer anything (“you”, a number, a time), nor where the kept
 * sentence is itself flagged.
 */
function excuseSentenceDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const actual = input.text.slice(input.start, input.end)
  if (tellsCustomer.test(sentence.body.replace(excuseTime, '')) || !keepsContentNouns(sentence.body, '', actual)) return undefined
  // Only the sentence before stands alone: one after it leans on the excuse (“… is off sick. Please bear with us.”).
  const kept = sentenceBefore(input.text, sentence)
  if (!kept || kept.body.split(/\s+/u).length < 3) return undefined
  const text = input.text.slice(kept.start, kept.end)
  if (findArtifacts(text).length > 0) return undefined
  if (mayStillFlagAround(input.ruleId, input.text, kept.start, sentence.end, text)) return undefined
  return {text, offset: kept.start, endOffset: sentence.end, scope: 'sentence'}
}

// What a sentence of nothing but a leak may say beside it: a field's label (“Estimated arrival:”, “Error”), no more.
const maximumLeakWords = 3

/**
 * A sentence that is nothing but a leak (“Error 0x80040154.”, “Estimated
 * arrival: undefined.”) after a sentence of copy: the leak's sentence goes
 * and the copy stands, a failure told as dead-end-error words it (“Unable
 * to load your photos.” → “We couldn't load your photos. …”), so it is not
 * a dead end once the code is gone. None where the leak's sentence says
 * anything to the customer, or the copy holds a leak of its own.
 */
function leakSentenceDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const body = input.text.slice(sentence.start, sentence.start + sentence.body.length)
  let rest = body
  for (const artifact of [...findArtifacts(body)].sort((a, b) => b.from - a.from)) rest = `${rest.slice(0, artifact.from)} ${rest.slice(artifact.to)}`
  if ((rest.match(/\p{L}{2,}/gu)?.length ?? 0) > maximumLeakWords || /\b(?:you|your|yours)\b/iu.test(rest)) return undefined
  const kept = sentenceBefore(input.text, sentence)
  if (!kept || kept.body.trim().split(/\s+/u).length < 3) return undefined
  const copy = input.text.slice(kept.start, kept.end).trim()
  if (findArtifacts(copy).length > 0 || leaksInternals(copy)) return undefined
  const told = failureKind(copy) === 'unknown' ? undefined : deadEnd.rewrite({...input, ruleId: deadEnd.ruleId, text: copy, start: 0, end: copy.length})[0]?.text
  const text = told ?? copy
  if (mayStillFlagAround(input.ruleId, input.text, kept.start, sentence.end, text)) return undefined
  return {text, offset: kept.start, endOffset: sentence.end, scope: 'sentence'}
}

/** Placeholder text or a note that opens the sentence (“Lorem ipsum — up to 30% off”) goes; a missing value (“Total: NaN”) cannot be written for. */
function placeholderDropped(input: RewriteInput, sentence: SentenceSpan, artifacts: readonly Artifact[]): Rewrite | undefined {
  return artifacts[0]!.from === sentence.start ? withoutBuild(droppedClause(input, sentence, noteEnd(input, sentence))) : undefined
}

/**
 * None where the copy left is a build's name or another test word, still
 * names the back office or who is to blame, or where the sentence's start
 * went and what is left points back at someone it named.
 */
function withoutBuild(rewrite: Rewrite | undefined, input?: RewriteInput): Rewrite | undefined {
  if (!rewrite || buildWords.test(rewrite.text) || backOffice.test(rewrite.text) || pleaOnly.test(rewrite.text)) return undefined
  const opened = input && input.text.slice(rewrite.offset, rewrite.offset + 12) !== rewrite.text.slice(0, 12)
  return opened && pointsBack.test(rewrite.text) ? undefined : rewrite
}

/** A sentence that opens with a note's label (“Internal note: …”): the note goes whole, up to a dash, and only copy after it stays. */
function noteDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const label = noteLabelled.exec(sentence.body)
  if (!label || !noteLabel.test(label[1]!)) return undefined
  const end = noteRunsTo(input.text, sentence.start + label[0].length, sentence)
  // The finding is in the note, or the note is what the customer must not see anyway: nothing of it is kept.
  return droppedClause({...input, start: sentence.start, end}, sentence) ?? (noteOnlyLabel.test(sentence.body) ? wholeSentenceDropped(input, sentence) : undefined) ?? noRewrite
}

/**
 * A sentence that is a note or a test send whole (“(Note to self: …)”,
 * “Test message — please ignore.”) goes with all its words, and the copy
 * beside it stands: the sentence before, else the one after. None where
 * what stands is too short to be copy, holds a leak, or is flagged itself.
 */
function wholeSentenceDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  for (const kept of [sentenceBefore(input.text, sentence), sentenceAfter(input.text, sentence)]) {
    if (!kept || kept.body.trim().split(/\s+/u).length < 3 || testOnly.test(kept.body)) continue
    const text = input.text.slice(kept.start, kept.end)
    const [from, to] = kept.start < sentence.start ? [kept.start, sentence.end] : [sentence.start, kept.end]
    if (findArtifacts(text).length > 0 || mayStillFlagAround(input.ruleId, input.text, from, to, text)) return undefined
    return {text, offset: from, endOffset: to, scope: 'sentence'}
  }

  return undefined
}

/**
 * “Your pack is delayed because legal and HR can't agree on it.” → “Your
 * pack is delayed.”: where the flagged words run over a “because” or
 * “since”, the cause goes from there and the customer's part before it stays.
 */
function causeDropped(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const cause = clausesOf(input.text, sentence.start, sentence.start + sentence.body.length).find(
    (clause) => clause.joint !== undefined && clause.start > input.start && clause.start < input.end && /\b(?:because|since)$/u.test(clause.joint.word)
  )
  return cause ? withoutBuild(droppedClause({...input, start: cause.start}, sentence), input) : undefined
}

/** A note to the team (“TODO: add price —”, “Note to self: …”) runs past its label to the next dash or semicolon: all of it goes. */
function noteEnd(input: RewriteInput, sentence: SentenceSpan): number {
  const actual = input.text.slice(input.start, input.end)
  if (!noteLabel.test(actual)) return input.end
  const label = actual.endsWith(':') ? /^\s*/u.exec(input.text.slice(input.end)) : noteLabelled.exec(input.text.slice(input.end, sentence.end))
  return label ? noteRunsTo(input.text, input.end + label[0].length, sentence) : input.end
}

/** The end of a note's text from `from`: the joint at the next dash or semicolon (“ — ”, “; ”), else the sentence's end. */
function noteRunsTo(text: string, from: number, sentence: SentenceSpan): number {
  const end = sentence.start + sentence.body.length
  const stop = clausesOf(text, from, end).find((clause) => clause.joint !== undefined && (clause.joint.mark === '—' || clause.joint.mark === ';'))
  return stop ? stop.joint!.start : end
}

/**
 * A leaked error in plain words with the next step its kind needs, where
 * what failed is told before the leak (“Your payment failed.”). A leak
 * alone is dead-end-error's to rewrite, once (the same words offered twice
 * for one sentence would only repeat).
 */
function leakTold(input: RewriteInput, sentence: SentenceSpan, artifacts: readonly Artifact[]): Rewrite | undefined {
  const leakAt = Math.min(...artifacts.filter((item) => item.kind === 'error').map((item) => item.from))
  // What failed is told before the colon or dash the leak is appended at (“Payment failed: <exception>”).
  const joint = clausesOf(input.text, sentence.start, sentence.start + sentence.body.length)
    .map((clause) => clause.joint)
    .find((item) => item !== undefined && item.start < leakAt && (item.mark === ':' || item.mark === '—'))
  const kept = joint ? input.text.slice(sentence.start, joint.start).trim() : ''
  if (kept.split(/\s+/).length < 2 || leaksInternals(kept) || findArtifacts(kept).length > 0) return undefined
  const told = deadEnd.rewrite({...input, ruleId: deadEnd.ruleId, text: `${kept}.`, start: 0, end: kept.length})[0]?.text
  return told === undefined ? undefined : sentenceRewrite(input, sentence, told)
}
