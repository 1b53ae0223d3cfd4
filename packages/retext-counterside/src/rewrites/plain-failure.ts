/**
 * A failure told plainly, before its next step: the words that close the
 * door (“Unfortunately”, “we are unable to … at this time”, “This decision
 * is final”) go, the facts stay. A next step after “This decision is
 * final” would contradict it, and a hedge keeps the message a dead end
 * however helpful the step after it.
 */
import {capitalise} from './grammar.js'

// Hedges that announce a refusal, and shrugs that make light of a failure; an apology (“Sorry”) is kept.
const hedge = /^(?:(?:unfortunately|regrettably|oops|whoops|uh-oh|hmm)\s*[,—–-]?\s+(?:(?:it\s+)?looks\s+like\s+)?)(?=\p{L})/iu
const hedgeWithin = /(?<=\b(?:and|but|so)\s+)(?:unfortunately|regrettably),?\s+(?=\p{L})/giu
const regret = /\b(?:we\s+(?:\p{L}+ly\s+)?)?regret\s+to\s+inform\s+you\s+that\s+/iu
// “We are unable to”, “we're not able to”: a standing refusal, told as “we can't”.
const unablePresent = /\b(we)(?:\s+are|['’]re)\s+(?:unable|not able)\s+to\b/iu
const unablePast = /\b(we)\s+(?:were\s+(?:unable|not able)|was\s+unable)\s+to\b/iu
// “Unable to connect”, “Unable to print your label”; not “Unable to print label”, which “we couldn't” would leave without its article.
const unableBare = /^unable\s+to\s+(?=\p{Ll}+(?:\s*$|\s*[,.:;!?]|\s+(?:your|the|this|that|these|those|a|an|my|our|it|you|them)\b))/iu
// “at this time”, “on this occasion”: they say the answer will not change.
const closing = /,?\s+(?:at\s+this\s+(?:time|stage)|on\s+this\s+(?:occasion|one))\b/giu
// “X was rejected”: told as not accepted, what the customer can act on.
const rejected = /\b(was|were|has\s+been|have\s+been)\s+(?:rejected|refused)\b/iu
// Finality: a clause, or the whole sentence.
const finality = [
  String.raw`(?:this|the|our|that)\s+decision\s+is\s+(?:final|not\s+open\s+to\s+appeal)`,
  String.raw`no\s+further\s+correspondence\s+will\s+be\s+entered\s+into`,
  String.raw`(?:there['’]s\s+)?nothing\s+(?:more|else)\s+we\s+can\s+do(?:\s+on\s+this\s+one)?`,
  String.raw`this\s+cannot\s+be\s+appealed`,
  String.raw`no\s+further\s+action\s+(?:can|will)\s+be\s+taken`,
  String.raw`this\s+(?:mailbox|inbox)\s+is\s+not\s+monitored`
].join('|')
const finalClause = new RegExp(String.raw`(?:,?\s+and\s+|,\s*)(?:${finality})(?=\s*(?:$|[,.;!?]))`, 'giu')
const onlyFinality = new RegExp(String.raw`^(?:(?:sorry|unfortunately)\s*[,—–-]?\s*)?(?:we['’]ve\s+looked\s+into\s+(?:this|it)(?:\s+carefully)?\s+and\s+)?(?:${finality})(?:\s+and\s+(?:${finality}))?(?:,?\s+sorry)?\s*\P{L}*$`, 'iu')

const negative: Readonly<Record<string, string>> = {was: 'wasn’t', were: 'weren’t', 'has been': 'hasn’t been', 'have been': 'haven’t been'}

/** `sentence` (with its closing mark) without the words that close the door; '' when it said nothing else. */
export function toldPlainly(sentence: string): string {
  if (onlyFinality.test(sentence.trim())) return ''
  let told = sentence
    .replace(regret, '')
    .replace(hedge, '')
    .replace(hedgeWithin, '')
    .replace(unablePresent, (_, we: string) => `${we} can’t`)
    .replace(unablePast, (_, we: string) => `${we} couldn’t`)
    // “Unable to Verify”, a label in Title Case, is kept as written: “We couldn't Verify” would be worse.
    .replace(unableBare, (opening: string, at: number, whole: string) => (/^\p{Lu}/u.test(whole.slice(at + opening.length)) ? opening : 'We couldn’t '))
    .replace(closing, '')
    .replace(finalClause, '')
    .replace(rejected, (_, verb: string) => `${negative[verb.toLowerCase().replace(/\s+/g, ' ')] ?? verb} accepted`)
  if (told !== sentence && /^\p{Ll}/u.test(told) && /^\p{Lu}/u.test(sentence)) told = capitalise(told)
  return told
}
