/**
 * Stepping away, told from the customer's side: keep the promise the text
 * already makes (“back in 10 mins” → “I'll be with you in 10 mins”, “be
 * right back” → “I'll be right with you”) and what the staff member does
 * for this customer; drop what they do for someone else (“— serving
 * another customer”). A hold for the customer's own errand stays with them
 * (“Please hold while I check your record” → “One moment while I check
 * your record”). No time, person or promise the text does not give: where
 * the fix needs one (“Someone else might pick this up”), none.
 */
import {clausesOf} from './clauses.js'
import {keepsContentNouns} from './content-nouns.js'
import {capitalise} from './grammar.js'
import {sentenceAfter, sentenceAround, sentenceBefore, type SentenceSpan} from './sentence.js'
import {droppedClause, mayStillFlagAround} from './sentence-rewrite.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

// The promise to come back, as the text gives it; `back in <time>` keeps the time.
const time = String.raw`(?:\d+(?:\s*[–-]\s*\d+)?(?:\s*(?:min|mins|minutes|secs?|seconds))?|(?:a|one)\s+(?:sec|second|minute|min|moment|jiffy)|a\s+few\s+(?:minutes|mins|moments)|a\s+(?:bit|tick)|(?:five|ten|fifteen|twenty|thirty)(?:\s+(?:minutes|mins))?)`
const backIn = new RegExp(String.raw`^(?:i['’]ll\s+|i\s+will\s+|will\s+)?(?:be\s+)?(?:back\s+(?:with\s+you\s+)?|with\s+you\s+)in\s+((?:about\s+|under\s+)?${time})\b`, 'iu')
// A clock time the text gives (“back at 1:30”, “back by 2pm”): the promise keeps it, as written.
const backAt = /^(?:i['’]ll\s+|i\s+will\s+|will\s+)?(?:be\s+)?back\s+(at|by)\s+(\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?|noon|midday)$/iu
const rightBack = /^(?:i['’]ll\s+|i\s+will\s+)?(?:be\s+right\s+back(?:\s+with\s+you)?|brb|back\s+in\s+a\s+(?:sec|second|moment|jiffy|bit)|one\s+sec|just\s+a\s+sec|give\s+me\s+a\s+sec|(?:then\s+)?i['’]m\s+all\s+yours|won['’]t\s+be\s+long|back\s+soon)(?:,?\s+(?:hun|hon|love|mate|pal|dear))?$/iu
// A promise in the staff member's own words (“I'll be a minute”, “I'll be with you shortly”): kept as written.
const ownPromise = /^(?:i['’]ll|i\s+will)\s+(?:just\s+)?be\s+(?:a\s+(?:minute|moment|sec|second|tick)|(?:right\s+)?with\s+you\s+(?:shortly|soon|in\s+a\s+(?:moment|minute|sec|second|bit|tick)))$|^i\s+won['’]t\s+be\s+(?:a\s+(?:minute|moment|sec)|long)$/iu
// Someone or something else put first: the part of the text a rewrite leaves out.
const elsewhere = new RegExp([
  String.raw`\b(?:another|other|others|someone|someone['’]s|somebody|else|something|lunch|break|coffee|tea|smoke|stockroom|restock\w*|shift|spill|van|meeting|vip|priority|urgent|important|busy|swamped|juggling|pause|paused)\b`,
  String.raw`\b(?:manager|boss|supervisor|colleague|pop\s+out|the\s+back|gone|heading|going|leaving|grab\w*|needs\s+me|walked\s+in)\b`,
  String.raw`\b(?:customers?|clients?|callers?|guests?|patients?|students?|parents?|shoppers?|passengers?|queue|drive-thru|bar|phone|line|chats?|tickets?|colleague|boss|delivery|door|text|shelf|shelves|fridge|display)\b`,
  // Who comes first, and the staff member busy with them (“Our agents are assisting premium members first”).
  String.raw`\b(?:first|premium|members?|assisting|helping|serving|dealing\s+with|handling|finishing|covering|away|applicants?|next\s+(?:person|one|in\s+line))\b`,
  String.raw`\b(?:call|calls)\b(?!\s+(?:the|your)\b)|\b(?:gotta|got\s+to|have\s+to|need\s+to|must)\b`
].join('|'), 'iu')
// A sentence that still puts the customer off (“I'll get back to your refund later”) is not made whole by a promise.
// So is a handover (“someone else will deal with you”): the staff member is leaving, not coming back.
const deferred = new RegExp([
  String.raw`\b(?:later|get\s+back|come\s+back|pick\s+(?:this|it)\s+up|eventually|when\s+(?:i|we|she|he|they)\s+can|try\s+to|actually)\b|[[\]?]`,
  String.raw`\b(?:someone|somebody|a\s+colleague|another\s+\p{L}+)(?:\s+else)?(?:\s+will|['’]ll|\s+might|\s+may|\s+can)\b|\btake\s+over\b|\bdeal\s+with\s+you\b`,
  // Leaving for good (“I'm off on my break now”, “my shift ends in 2 minutes”): a promise to come back would be untrue.
  String.raw`\b(?:off\s+on\s+(?:my\s+|a\s+)?break|going\s+on\s+(?:my\s+|a\s+)?break|clock\w*\s+off|sign\w*\s+off|shift\s+(?:ends|is\s+over|is\s+ending)|jump\w*\s+off|heading\s+(?:off|home)|going\s+home|off\s+shift)\b`
].join('|'), 'iu')
// An errand that waits on someone's say-so is a permission gate, not an errand for the customer.
const gated = /\b(?:manager|supervisor|team\s+lead\w*|lead|boss|approv\w*|authori[sz]\w*|allowed|go\s+and|find)\b/iu
const otherPeople = /\b(?:another|other|others|else|someone|somebody|customers?|clients?|callers?|guests?|patients?|students?|parents?|shoppers?|passengers?|applicants?|queue|behind\s+you|ahead\s+of\s+you|next\s+(?:person|one|in\s+line))\b/iu
const reader = /\b(?:you|your|yours)\b/iu
const filler = /^(?:sorry|ok|okay|oh|ah|hi|hey|right|actually|quick\s+one|excuse\s+me|apologies|um|so|just|and|hang\s+on|hold\s+on|hold\s+tight|hang\s+tight|bear\s+with\s+me)$/iu
// “Please hold while I …”, “I'm going to put you on hold while I …”: the hold, then what it is for.
const holdWhile = new RegExp([
  String.raw`^(?:(?:sorry|ok|okay|right)[,\s]+)?`,
  String.raw`(?:please\s+(hold|wait)`,
  String.raw`|(?:i['’]m\s+(?:just\s+)?going\s+to|i['’]ll(?:\s+just)?|let\s+me)\s+(?:put|pop|place)\s+you\s+on\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+)?hold)`,
  String.raw`(?:\s+for\s+a\s+(?:moment|minute|sec))?`,
  String.raw`\s+while\s+((?:i|we|our|the|your|my)\s+.+)$`
].join(''), 'iu')

// A staff member away and nothing more (“Cashier has left the till”, “Your agent has stepped away”): the reason, not the wait.
const staffAway = new RegExp(
  [
    String.raw`^(?:(?:your|our|the)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:`,
    String.raw`left\s+the\s+(?:till|desk|counter|chat|kiosk|lane)`,
    String.raw`|stepped\s+(?:away|out)`,
    String.raw`|(?:been\s+)?called\s+away`,
    String.raw`|away\s+from\s+the\s+(?:till|desk|counter|chat|kiosk)`,
    String.raw`|(?:gone\s+)?on\s+(?:a|her|his|their)\s+break`,
    String.raw`)$`
  ].join(''),
  'iu'
)

// A staff member busy elsewhere, then their own promise (“Our barber is with another client, he'll be with you in 10 minutes”).
const busyThenPromise = /^((?:your|our|the)\s+\p{L}+)\s+(?:is|are|['’]s)\s+([^,;—–]+?)\s*[,;—–]\s*(?:but\s+|and\s+)?(?:he|she|they)(?:['’]ll|\s+will)\s+(be\s+with\s+you\s+.+)$/iu

// A request to wait that says nothing of why (“Please hold”, “Hang on”): what is left once the errand elsewhere goes.
const holdRequest = /^(?:please\s+(hold|wait)(?:\s+here)?|hold\s+on|hang\s+on|hold\s+tight|hang\s+tight|sit\s+tight|one\s+moment|just\s+a\s+moment|bear\s+with\s+me)(?:\s+(?:a\s+(?:moment|minute|sec|second)|please))?$/iu

// A sentence that asks the customer to wait, in its own words (“Please continue to hold”, “Please stay on the line”).
const waitRequest = /^please\s+(?:continue\s+to\s+hold|keep\s+holding|stay\s+on\s+(?:the\s+line|this\s+page)|stay\s+here|take\s+a\s+seat|have\s+a\s+seat|hold|wait)\b/iu

// What the customer is promised (“We will call you once …”): a sentence that says it is not only an errand elsewhere.
const promisesReader = /\b(?:call|contact|text|e-?mail|message|help|serve|see|be\s+with|get\s+to|come\s+to|find|collect)\s+you\b/iu

// A live conversation held for someone else (“Your chat has been put on hold while our agent …”); not an order or a request, which read as stuck.
const onHoldWhile = /^((?:your|this)\s+(?:call|chat|live\s+chat|conversation|session))\s+(?:is\s+being\s+held|has\s+been\s+(?:paused|parked|put\s+on\s+hold|placed\s+on\s+hold)|will\s+be\s+paused|is\s+(?:on\s+hold|paused))\s+while\s+(.+)$/iu

// An apology for the wait (“Sorry for the wait, I was helping a bigger customer”): with the reason gone, it is the reply.
const apology = /^(?:sorry|apologies|so\s+sorry)\s+(?:for|about)\s+(?:the|your|keeping\s+you)\s*(?:long\s+)?(?:wait|waiting|delay)?$/iu

// An apology for having been elsewhere (“Sorry, I was helping someone else”): told as the wait it was.
const sorryElsewhere = /^(?:sorry|apologies|so\s+sorry)(?:\s+about\s+that)?\s*[,—–-]\s*((?:(?:i|we)\s+(?:was|were|got|had\s+to|have\s+been)|(?:i|we)['’]ve\s+been|got(?!\s+to\b))\s+.+)$/iu
// The promise with the errand elsewhere hung on it (“I'll be right back after I clean up this spill”).
const afterErrand = /^(.+?)\s+(?:after|once|as\s+soon\s+as)\s+((?:i|we|i['’]ve|we['’]ve)\s+.+)$/iu
// What the customer can do or is told while someone else comes first (“Please use the kiosk.”, “You are caller number 14.”).
const guidance = new RegExp(
  `^(?:${[
    String.raw`please\s+\p{L}+`,
    String.raw`(?:thanks|thank\s+you)\s+for\s+(?:holding|waiting|your\s+patience)`,
    String.raw`(?:you\s+are|you['’]re)\s+(?:caller\s+)?(?:number|no\.?)\s*\d+(?:\s+in\s+(?:the\s+)?(?:queue|line))?`,
    String.raw`your\s+(?:\p{L}+\s+){1,2}will\s+(?:continue|resume|start)\s+(?:shortly|soon|in\s+a\s+(?:moment|minute))$`
  ].join('|')})`,
  'iu'
)
// What still puts the customer off or leaves them alone (“Your place is not guaranteed”, “Please continue on your own”).
const putsOff = /\b(?:not|no|never|on\s+your\s+own|yourself|instead|afterwards|last|only|until|unless)\b/iu

// A wait asked as a question (“Can you wait while I check the stockroom for your size?”, “Would you mind holding while I …?”).
const askedWait = new RegExp([
  String.raw`^(?:(?:sorry|ok|okay|right|hang\s+on|hold\s+on)[,\s]+)?(?:`,
  String.raw`(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?(?:wait|hold(?:\s+on)?|hang\s+on|bear\s+with\s+me)`,
  String.raw`|(?:would\s+you\s+|do\s+you\s+)?mind\s+(?:waiting|holding(?:\s+on)?|hanging\s+on)`,
  String.raw`)(?:\s+(?:for\s+)?(?:a|one)\s+(?:moment|minute|min|sec|second|tick))?(?:\s+please)?\s+while\s+((?:i|we)\s+.+)$`
].join(''), 'iu')

/** What a sentence is told as: the rewrite, and the parts of it dropped as errands elsewhere (their nouns go with them). */
interface Told {
  readonly text: string
  readonly dropped: readonly string[]
  /** A bare request to wait, nothing kept (“Please hold.”). */
  readonly hold?: boolean
  /** A wait asked as a question, now told: it closes with a full stop. */
  readonly told?: boolean
  /** “One moment while I <errand for the customer>”: a promise after it is told with it. */
  readonly errand?: boolean
}

export const steppingAway: TemplateFamily = {
  ruleId: 'stepping-away',
  shapes: [
    {shape: 'Back in <time> (— <elsewhere>)', rewrite: 'I’ll be with you in <time>', example: 'Back in 10 minutes — helping another customer.'},
    {shape: 'Be right back / brb / one sec (, <elsewhere>)', rewrite: 'I’ll be right with you', example: 'Be right back, serving another customer.'},
    {shape: '… right back, <errand for the customer>', rewrite: 'I’m <errand for the customer> — I’ll be right with you', example: 'Be right back, fetching your new card from the safe.'},
    {shape: 'Please hold while I <errand for the customer>', rewrite: 'One moment while I <errand for the customer>', example: 'Please hold while I check your booking.'},
    {shape: 'I’ll pop you on hold while I <errand for the customer>. I’ll be back in <time>.', rewrite: 'One moment while I <errand for the customer>. I’ll be with you in <time>', example: 'I’ll pop you on hold while I ring the garage about your car. I’ll be back in 5 minutes.'},
    {shape: 'Can you wait / Would you mind holding while I <errand for the customer>?', rewrite: 'One moment while I <errand for the customer>', example: 'Could you hold on while I fetch your parcel from the back?'},
    {shape: 'Please hold / Please wait while I <help someone else>', rewrite: 'Please hold / Please wait', example: 'Please hold while I help another customer.'},
    {shape: 'Your call / chat has been paused while <help someone else>', rewrite: 'Your call / chat is waiting to be answered', example: 'Your call is being held while we deal with a more urgent caller.'},
    {shape: 'Sorry for the wait, <elsewhere>', rewrite: 'Sorry for the wait', example: 'Sorry for the wait, I was serving a bigger order.'},
    {shape: 'Please hold / Please wait — <elsewhere>', rewrite: 'Please hold / Please wait', example: 'Please wait — I’m helping someone else right now.'},
    {shape: 'Hang on / Hold on, <elsewhere>', rewrite: 'One moment, please', example: 'Hang on, I need to take this call.'},
    {shape: '<elsewhere>. Back in <time>. / <elsewhere>. I’ll be right back.', rewrite: 'I’ll be with you in <time> / I’ll be right with you', example: 'Barista on a break. Back in 15 min.'},
    {shape: 'Please hold. <elsewhere>.', rewrite: 'Please hold', example: 'Please hold. Our agents are helping other callers first.'},
    {shape: '<elsewhere> — back at <clock time>', rewrite: 'I’ll be with you at <clock time>', example: 'Gone for lunch — back at 1:30'},
    {shape: '<staff member> has left the till / stepped away. Please wait.', rewrite: 'Please wait', example: 'Cashier has left the till. Please wait.'},
    {shape: '<staff member> is <busy elsewhere>, <he/she/they>’ll be with you <when>', rewrite: '<Staff member> will be with you <when>', example: 'Our barber is with another client, he’ll be with you in 10 minutes.'},
    {shape: 'Sorry, I was <busy elsewhere>. <question>', rewrite: 'Sorry to keep you waiting. <question>', example: 'Sorry, I was serving another customer. How can I help?'},
    {shape: 'I’ll be right back after I <errand elsewhere>', rewrite: 'I’ll be right with you', example: 'I’ll be right back after I restock the fridge.'},
    {shape: 'I’ll be a minute / I’ll be with you shortly, <errand elsewhere>', rewrite: 'the promise, as written', example: 'Sorry, I’ll be a minute, I’m on the phone to the depot.'},
    {shape: '<busy elsewhere>. Please <what the customer can do> / You’re number <n> in the queue.', rewrite: 'Please <what the customer can do> / You’re number <n> in the queue', example: 'Staff are busy with other customers. Please use the self-checkout.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    // “One sec… actually a few minutes”: a sentence that runs on is not the whole of what was said.
    if (!sentence || input.end > sentence.end || runsOn(input.text, sentence)) return []
    const flagged = input.text.slice(input.start, input.end)
    const own = toldOf(sentence)
    // “… Someone will get to it eventually.”: a promise beside a handover would contradict it.
    const deferredBeside = [sentenceBefore(input.text, sentence), sentenceAfter(input.text, sentence)].some((beside) => beside && deferred.test(beside.body))
    if (own && deferredBeside) return []
    if (own) {
      // “Sorry, I have to take another call. <I'll be right back.>”: the errand elsewhere before the promise goes with it.
      const before = sentenceBefore(input.text, sentence)
      // “Please hold – the technician is on his break. <Back in 20.>”: the hold and the promise, told together.
      // So are the customer's own errand and the promise after it (“… while I call the venue. <I'll be back in 2 minutes.>”).
      const next = own.hold || own.errand ? sentenceAfter(input.text, sentence) : undefined
      const promise = next && !runsOn(input.text, next) ? toldOf(next) : undefined
      if (next && promise && !promise.hold && !promise.errand && promise.dropped.length === 0) {
        return rewriteOf(input.text, sentence, next, {text: `${own.text}. ${promise.text}`, dropped: own.dropped, hold: own.hold, told: true}, flagged)
      }

      // A question before it (“mind if I finish this display first?”) asks the customer something: it is not an aside to drop.
      const aside = before && !own.hold && !before.close.includes('?') && onlyElsewhere(before.body) ? before : undefined
      return rewriteOf(input.text, aside ?? sentence, sentence, aside ? {...own, dropped: [...own.dropped, aside.body]} : own, flagged)
    }
    // A sentence of nothing but the errand elsewhere goes, beside one that keeps the promise or the hold.
    if (!onlyElsewhere(sentence.body)) return withoutErrand(input, sentence)
    const next = sentenceAfter(input.text, sentence)
    const promise = next && !runsOn(input.text, next) ? toldOf(next) : undefined
    if (next && promise && !promise.hold && promise.dropped.length === 0) return rewriteOf(input.text, sentence, next, {...promise, dropped: [sentence.body]}, flagged)
    const before = sentenceBefore(input.text, sentence)
    const hold = before && holdRequest.exec(before.body.trim())
    if (before && hold) return rewriteOf(input.text, before, sentence, {text: holdOf(hold), dropped: [sentence.body], hold: true}, flagged)
    // “All our nurses are busy with other cases. Please continue to hold.”: the request to wait, as written, stands alone.
    // So does what the customer can do, or is told of their own place (“Please use the kiosk.”, “You are caller number 14.”).
    // Not where the errand tells the customer something of their own (“… — just wait at your bench”).
    const guide = reader.test(sentence.body) ? undefined : [next, before].find((neighbour) => neighbour && !runsOn(input.text, neighbour) && guides(neighbour))
    const wait = [next, before].find((neighbour) => neighbour && waits(neighbour.body)) ?? guide
    if (!wait) return []
    return rewriteOf(input.text, wait === next ? sentence : wait, wait === next ? wait : sentence, {text: wait.body.trim(), dropped: [sentence.body], hold: true}, flagged)
  }
}

/**
 * The sentence without the clause of the errand elsewhere, where the rest
 * asks the customer to wait (“Please take a seat — our team is dealing with
 * another matter” → “Please take a seat”).
 */
function withoutErrand(input: RewriteInput, sentence: SentenceSpan): Rewrite[] {
  const dropped = droppedClause(input, sentence)
  // Only a request to wait stands alone: any other remainder hides the wait (“Please don't close this window”) or still defers.
  return dropped && waits(dropped.text.replace(/[.!?…]+$/u, '')) ? [dropped] : []
}

/** A sentence that tells the customer what to do or where they stand, and puts them off no further (“Please remain seated.”). */
function guides(neighbour: SentenceSpan): boolean {
  const body = neighbour.body.trim()
  const said = guidance.exec(body)
  return said !== null && !neighbour.close.includes('?') && !putsOff.test(body) && !deferred.test(body) && !gated.test(body) && !elsewhere.test(body.slice(said[0].length)) && !onlyElsewhere(body)
}

/** A sentence that asks the customer to wait and says nothing of anyone else (“Please wait at your kiosk”). */
function waits(body: string): boolean {
  const trimmed = body.trim()
  return waitRequest.test(trimmed) && !elsewhere.test(trimmed.replace(waitRequest, '')) && !deferred.test(trimmed) && !gated.test(trimmed)
}

/** The rewrite of [first.start, last.end) as `told`, when it keeps the text's nouns (those of the errands dropped aside). */
function rewriteOf(text: string, first: SentenceSpan, last: SentenceSpan, told: Told, flagged: string): Rewrite[] {
  const close = told.hold || told.told || !/^[!?]/.test(last.close) ? '.' : last.close.charAt(0)
  const rewritten = `${told.text}${close}`
  const original = text.slice(first.start, last.end)
  if (rewritten === original || !keepsContentNouns(original, rewritten, [flagged, ...told.dropped].join(' '))) return []
  // What is left may itself read as being set aside (“Your chat is on hold.”): then it is no rewrite.
  if (mayStillFlagAround('stepping-away', text, first.start, last.end, rewritten)) return []
  return [{text: rewritten, offset: first.start, endOffset: last.end, scope: 'sentence'}]
}

/** The sentence goes on in lower case after its mark (“One sec… actually …”). */
function runsOn(text: string, sentence: SentenceSpan): boolean {
  return /^\s*\p{Ll}/u.test(text.slice(sentence.end))
}

function toldOf(sentence: SentenceSpan): Told | undefined {
  const body = sentence.body.trim()
  // A wait asked for the customer's own errand keeps the errand, as the question gave it.
  if (sentence.close.includes('?')) return askedFor(body)
  // A question (“… what was the issue with the charger?”) asks something of the customer that a promise would drop.
  return heldFor(body) ?? busyPromised(body) ?? sorryForWait(body) ?? promised(body)
}

/** “Sorry, I was helping someone else” → “Sorry to keep you waiting”: the apology kept, who came first dropped. */
function sorryForWait(body: string): Told | undefined {
  const errand = sorryElsewhere.exec(body)?.[1]
  if (!errand || !elsewhere.test(errand) || forReader(errand) || deferred.test(errand) || gated.test(errand)) return undefined
  return {text: 'Sorry to keep you waiting', dropped: [errand]}
}

/** “Our barber is with another client, he'll be with you in 10 minutes” → “Our barber will be with you in 10 minutes”: who is busy elsewhere keeps the promise. */
function busyPromised(body: string): Told | undefined {
  const busy = busyThenPromise.exec(body)
  if (!busy || !elsewhere.test(busy[2]!) || forReader(busy[2]!) || gated.test(busy[2]!) || deferred.test(busy[3]!)) return undefined
  return {text: `${capitalise(busy[1]!)} will ${busy[3]!}`, dropped: [busy[2]!]}
}

/** Every clause of the body an errand elsewhere (or filler): nothing of it is for the customer. */
function onlyElsewhere(body: string): boolean {
  const parts = partsOf(body)
  if (deferred.test(body) || gated.test(body) || promisesReader.test(body)) return false
  if (staffAway.test(body.trim())) return true
  return parts.length > 0 && parts.every((part) => filler.test(part) || (elsewhere.test(part) && !forReader(part))) && parts.some((part) => !filler.test(part))
}

/** “Please hold while I check your record” → “One moment while I check your record”; “… while I help another customer” → “Please hold”. */
function heldFor(body: string): Told | undefined {
  const hold = holdWhile.exec(body)
  if (!hold) return heldLine(body)
  const errand = hold[2]!.replace(/\bbe\s+right\s+back(?:\s+with\s+you)?/iu, 'be right with you')
  if (gated.test(errand) || deferred.test(errand)) return undefined
  // “while I check the stockroom for your size” is this customer's errand, wherever it takes the staff member.
  if (forReader(errand) || !elsewhere.test(errand)) return {text: `One moment while ${errand}`, dropped: [], errand: true}
  return {text: hold[1] ? `Please ${hold[1].toLowerCase()}` : 'Please hold', dropped: [errand], hold: true}
}

/**
 * “Can you wait while I check the stockroom for your size?” → “One moment while I check the stockroom for your
 * size.”: the customer's errand kept as asked. None for an errand elsewhere or one that waits on a say-so.
 */
function askedFor(body: string): Told | undefined {
  const errand = askedWait.exec(body)?.[1]
  if (!errand || gated.test(errand) || deferred.test(errand) || !(forReader(errand) || !elsewhere.test(errand))) return undefined
  return {text: `One moment while ${errand}`, dropped: [], told: true, errand: true}
}

/**
 * “Your chat has been paused while our agent helps other customers” → “Your chat is waiting to be answered”: the
 * wait told from the customer's side (it will be answered), who came first gone. “On hold” says only that it was set aside.
 */
function heldLine(body: string): Told | undefined {
  const held = onHoldWhile.exec(body)
  const errand = held?.[2]
  if (!held || !errand || !elsewhere.test(errand) || forReader(errand) || deferred.test(errand) || gated.test(errand)) return undefined
  const line = held[1]!.replace(/\s+/gu, ' ')
  // A session is not answered; a call, a chat or a conversation is.
  const waiting = /session$/iu.test(line) ? 'is waiting' : 'is waiting to be answered'
  return {text: `${capitalise(line)} ${waiting}`, dropped: [errand], hold: true}
}

/**
 * The clauses of a sentence that promises a return: the promise kept (with
 * its time), errands for the customer kept, errands elsewhere dropped. A
 * bare request to wait stands for the promise where nothing else is kept.
 */
function promised(body: string): Told | undefined {
  if (deferred.test(body)) return undefined
  let promise: string | undefined
  let hold: string | undefined
  const kept: string[] = []
  const dropped: string[] = []
  for (const written of partsOf(body)) {
    // “I'll be right back after I clean up this spill”: the promise kept, the errand after it dropped.
    const hung = afterErrand.exec(written)
    const promiseFirst = hung && (rightBack.test(hung[1]!) || backIn.test(hung[1]!)) && elsewhere.test(hung[2]!) && !forReader(hung[2]!)
    if (promiseFirst) dropped.push(hung[2]!)
    const part = promiseFirst ? hung[1]! : written
    const within = backIn.exec(part)
    const at = backAt.exec(part)
    const waits = holdRequest.exec(part)
    if (within && !promise && within[0].length === part.length) promise = `I’ll be with you in ${spelledOut(within[1]!)}`
    else if (at && !promise) promise = `I’ll be with you ${at[1]!.toLowerCase()} ${at[2]!}`
    else if (rightBack.test(part) && !promise) promise = 'I’ll be right with you'
    else if (ownPromise.test(part) && !promise) promise = capitalise(part)
    else if (waits && !hold && !promise) hold = holdOf(waits)
    else if (!hold && !promise && apology.test(part)) hold = capitalise(part)
    else if (forReader(part)) kept.push(asStaffErrand(part))
    else if (!elsewhere.test(part) && !filler.test(part)) kept.push(part)
    else dropped.push(part)
  }

  // A wait on someone's say-so (“… find my manager to sign this off — won't be long”) is a permission gate: none.
  // Nor is a consequence for the customer (“…, so home orders get picked last”) an errand to drop.
  if (dropped.some((part) => gated.test(part) || /^so\b/iu.test(part))) return undefined
  if (promise) return {text: [...kept.map((part, index) => (index === 0 ? capitalise(part) : part)), promise].join(' — '), dropped}
  // “Hang on, I need to take this call” → “One moment, please”: only with the errand elsewhere gone, and not one that waits on a say-so.
  if (hold && kept.length === 0 && dropped.length > 0) return {text: hold, dropped, hold: true}
  return undefined
}

/**
 * A request to wait as the rewrite says it: “Please hold” and “Please wait”
 * as written, “Hang on” and “Bear with me” politely (alone, “Bear with me.”
 * reads as strain behind the counter).
 */
function holdOf(request: RegExpExecArray): string {
  return request[1] ? `Please ${request[1].toLowerCase()}` : 'One moment, please'
}

/** The body's clauses, emoji left out. */
function partsOf(body: string): string[] {
  return errandsOf(body).map((part) => part.replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu, '').trim()).filter((part) => part !== '')
}

/** An errand for this customer: it speaks to them, and of nobody else. */
function forReader(part: string): boolean {
  return reader.test(part) && !otherPeople.test(part)
}

/** The body's clauses between its marks: one opened by a conjunction stays with the errand before it (“opening your history so I can see the charge”). */
function errandsOf(body: string): string[] {
  const parts: Array<{start: number; end: number}> = []
  for (const clause of clausesOf(body, 0, body.length)) {
    const last = parts.at(-1)
    if (last && clause.joint?.mark === '') last.end = clause.end
    else parts.push({start: clause.start, end: clause.end})
  }

  return parts.map((part) => body.slice(part.start, part.end))
}

/** “10 mins” → “10 minutes”, “10” → “10 minutes”, “a sec” → “a second”: a till-sign's shorthand reads as a brush-off in a sentence. */
function spelledOut(when: string): string {
  const [, qualifier = '', amount = ''] = /^((?:about|under)\s+)?(.*)$/iu.exec(when)!
  const one = /^(?:a|one|1)\b/iu.test(amount)
  const unit = amount.replace(/\bmins?\b/iu, one ? 'minute' : 'minutes').replace(/\bsecs?\b/iu, one ? 'second' : 'seconds')
  return `${qualifier}${/^[\d–-]+$|^(?:five|ten|fifteen|twenty|thirty)$/iu.test(unit) ? `${unit} minutes` : unit}`
}

/** “fetching your card” → “I'm fetching your card”: an errand told without its subject gets one. */
function asStaffErrand(part: string): string {
  return /^(?:just\s+)?\p{Ll}+ing\b/u.test(part) ? `I’m ${part}` : part
}
