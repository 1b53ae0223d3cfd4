/**
 * What the learned scorer sees: a cheap tokenisation of raw text into
 * sentences and tokens, and hashed features per sentence. Training (in
 * `@counterside/lab`) and inference share this module, so the two can never
 * disagree about a feature.
 */
import {clauseOpeners, imperatives, offersContactOrReturn, opensAsNoun, promiseSequences, type OpeningWord} from '../features/next-step.js'
import {firstPerson, secondPerson} from '../features/person.js'
import {blameClasses, indirectBlameClasses} from '../phrases/customer-blame.js'
import {failureClasses} from '../phrases/dead-end-error.js'
import {backstageClasses} from '../phrases/exposed-internals.js'
import {pressureClasses} from '../phrases/pressure-selling.js'
import type {WordClasses} from '../pattern.js'
import {glossary} from './glossary.js'
import {bang, isLowSurrogate, lineBreak, markOf, opener, other, startAt, wordEnd, wordStart} from './characters.js'

export type TokenKind = 'word' | 'number' | 'code' | 'placeholder'

export interface ModelToken {
  /** Lower case, straight apostrophes; numbers, codes and placeholders by kind. */
  readonly norm: string
  readonly kind: TokenKind
  /** All letters upper case, at least two letters (“PIN”, “WAIT”). */
  readonly caps: boolean
  /** Offsets into the text, end exclusive. */
  readonly start: number
  readonly end: number
}

export interface ModelSentence {
  readonly start: number
  readonly end: number
  readonly tokens: readonly ModelToken[]
  /** Runs of two or more `!`/`?` (“!!”, “?!?”). */
  readonly stackedMarks: number
  /** The mark that ends the sentence, or `''`. */
  readonly final: string
}

export interface Feature {
  readonly name: string
  readonly hash: number
  /** Token indices the feature covers; `-1` for features of the whole sentence. */
  readonly first: number
  readonly last: number
}

/**
 * What the features mean, as a number: bump it whenever a change here makes
 * the same text and options give other features. The weights' header
 * records it (`EncodedModel.featureVersion`); the scorer refuses weights of
 * another version, and a test fails until `pnpm train` writes new ones.
 */
export const featureVersion = 8

/** The bucket count of the hashing trick (a power of two). */
export const hashBits = 18
const hashMask = (1 << hashBits) - 1
const fnvBasis = 0x811c9dc5
const fnvPrime = 0x01000193

/** FNV-1a of `text`, continued from `hash`: a name's parts hash as the joined name would. */
function mix(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime)
  return hash
}

// Unfilled fields and markup a customer should never see, as the raw text shows them.
// Single braces around a plain name are ICU arguments (`{name}`), not unfilled fields.
export const placeholderSource = [
  String.raw`\{\{[^{}\n]{0,80}\}\}`,
  String.raw`\$\{[^{}\n]{0,80}\}`,
  String.raw`\{[A-Za-z]\w{0,40}[_.][\w.]{1,60}\}`,
  String.raw`\{(?:Customer|First|Last|Full|User|Client|Member|Account|Contact)[A-Z]\w{0,40}\}`,
  String.raw`%\d+\$[a-z@]`,
  String.raw`%\([\w.]{1,40}\)[a-z]`,
  String.raw`%\{[\w.]{1,40}\}`,
  String.raw`%[A-Za-z_]{2,40}%`,
  String.raw`%[sdifu@]`,
  String.raw`\[[A-Z][A-Z0-9_]{2,40}\]`,
  String.raw`<[A-Z][A-Z0-9_]{2,40}>`
].join('|')
// Sticky: tried only where one of `{$%[<` opens a placeholder, and never scans past it.
const placeholderAt = new RegExp(placeholderSource, 'uy')
const abbreviations: ReadonlySet<string> = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'mr', 'mrs', 'ms', 'dr', 'st', 'incl', 'excl', 'min', 'max'])
const hasDigit = /\p{N}/u
const hasLetter = /\p{L}/u
const allDigits = /^[\p{N}.,/:-]+$/u
const capsWord = /^[^\p{Ll}]*$/u

/** Sentences as they are read: a class rather than closures, so its state stays out of captured variables. */
class Sentences {
  readonly list: ModelSentence[] = []
  tokens: ModelToken[] = []
  start = -1
  stacked = 0
  final = ''

  push(item: ModelToken): void {
    if (this.start < 0) this.start = item.start
    this.final = ''
    this.tokens.push(item)
  }

  close(end: number): void {
    if (this.tokens.length > 0) this.list.push({start: this.start, end, tokens: this.tokens, stackedMarks: this.stacked, final: this.final})
    this.tokens = []
    this.start = -1
    this.stacked = 0
    this.final = ''
  }
}

/**
 * Split text into sentences of tokens: sentences end at `.`, `!`, `?`, `…`
 * or a line break. The scorer reads every block, so this is a hand-written
 * scanner, once over the characters; what it reads are the leftmost matches
 * of `placeholder | [\p{L}\p{N}]+(?:['’_.\-][\p{L}\p{N}]+)* | [!?]+ | [.…]+ | \n`
 * (the tests hold that expression and compare).
 */
export function segment(text: string): ModelSentence[] {
  const sentences = new Sentences()
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    const starts = startAt(text, index, code)
    if (starts === other) {
      // Step over a whole surrogate pair, as a Unicode-aware expression would.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
    } else if (starts === wordStart) {
      const end = wordEnd(text, index)
      sentences.push(token(text.slice(index, end), index))
      index = end
    } else if (starts === lineBreak) {
      sentences.close(index)
      index++
    } else if (starts === opener) {
      placeholderAt.lastIndex = index
      if (placeholderAt.test(text)) {
        sentences.push({norm: '<ph>', kind: 'placeholder', caps: false, start: index, end: placeholderAt.lastIndex})
        index = placeholderAt.lastIndex
      } else {
        index++
      }
    } else {
      index = mark(text, index, starts, sentences)
    }
  }

  sentences.close(length)
  return sentences.list
}

/** A run of `!`/`?` or of `.`/`…` at `index`, which may end the sentence; returns where the run ends. */
function mark(text: string, index: number, starts: number, sentences: Sentences): number {
  const length = text.length
  const code = text.charCodeAt(index)
  let end = index + 1
  while (end < length && startAt(text, end, text.charCodeAt(end)) === starts) end++
  const {tokens} = sentences
  if (tokens.length === 0) return end
  if (starts === bang && end - index > 1) sentences.stacked++
  sentences.final = code === 0x2026 ? '.' : markOf[text.charCodeAt(end - 1)]!
  // A mark ends the sentence only before white space or the end (“3.5” stays inside), and not after an abbreviation (“e.g.”).
  const next = end < length ? text.charCodeAt(end) : -1
  const atBreak = next === -1 || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0
  if (atBreak && !(code === 46 && end - index === 1 && abbreviations.has(tokens.at(-1)!.norm))) sentences.close(end)
  return end
}

function token(value: string, start: number): ModelToken {
  const end = start + value.length
  // One pass for the common case: ASCII letters only (most words); anything else takes the regexes.
  let ascii = true
  let lower = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 97 && code <= 122) lower = true
    else if (!(code >= 65 && code <= 90) && code !== 39 && code !== 45) {
      ascii = false
      break
    }
  }

  if (ascii) return {norm: value.toLowerCase(), kind: 'word', caps: !lower && value.length >= 2, start, end}
  if (!hasLetter.test(value)) return {norm: '<num>', kind: 'number', caps: false, start, end}
  const caps = value.length >= 2 && capsWord.test(value)
  if (hasDigit.test(value) && !allDigits.test(value)) {
    // “E4012”, “ERR_502”, “0x8007”: codes; “24/7”, “2-year”, “5pm” keep their shape only.
    const code = /_|\p{L}\p{N}|\p{N}\p{L}{2,}\p{N}|^0x/u.test(value) && !/^\p{N}+(st|nd|rd|th|am|pm|h|m|s|min|k|gb|mb)$/iu.test(value)
    if (code) return {norm: '<code>', kind: 'code', caps, start, end}
  }

  const norm = value.toLowerCase().replaceAll('’', "'")
  return {norm, kind: 'word', caps, start, end}
}

/** FNV-1a over UTF-16 code units, into the model's buckets. */
export function hashFeature(name: string): number {
  return mix(fnvBasis, name) & hashMask
}

/** What the other sentences of the same block say, for rules that judge a message as a whole. */
export interface BlockContext {
  /** Some other sentence tells the customer what to do or how to reach a person. */
  readonly nextStep: boolean
  /** Some other sentence addresses the customer. */
  readonly addressed: boolean
  /** Where the sentence sits: the whole message, its first sentence, or a later one. */
  readonly position: 'only' | 'first' | 'later'
  /** The sentence offers a way forward in the wider sense of `offersWay` (a promise, a contact, what a right one looks like). */
  readonly wayHere: boolean
  /** Some other sentence does. */
  readonly wayForward: boolean
}

/** `text`, the text the sentences were read from, lets a contact or a time it is back (`offersContactOrReturn`) count as a way forward. */
export function blockContexts(sentences: readonly ModelSentence[], text?: string): BlockContext[] {
  const steps = sentences.map(offersStep)
  // The contact and opening-hours shapes once over the block; per sentence only where the block holds one.
  const contact = text !== undefined && offersContactOrReturn(text)
  const ways = sentences.map((sentence) => offersWay(sentence) || (contact && offersContactOrReturn(text!.slice(sentence.start, sentence.end))))
  const wayCount = ways.filter(Boolean).length
  const addressed = sentences.map((sentence) => sentence.tokens.some((token) => secondPerson.has(token.norm)))
  const stepCount = steps.filter(Boolean).length
  const addressedCount = addressed.filter(Boolean).length
  return sentences.map((_, index) => ({
    nextStep: stepCount - (steps[index] ? 1 : 0) > 0,
    addressed: addressedCount - (addressed[index] ? 1 : 0) > 0,
    position: sentences.length === 1 ? 'only' : index === 0 ? 'first' : 'later',
    wayHere: ways[index]!,
    wayForward: wayCount - (ways[index] ? 1 : 0) > 0
  }))
}

// A token as `opensAsNoun` reads a word (“Order 42” names an order, “Press 9” is one).
const openingWord = (token: ModelToken | undefined): OpeningWord | undefined => token && {norm: token.norm, isNumber: token.kind === 'number'}

/** An order opens the sentence (“Try another card”, not “Update failed”: `opensAsNoun`), or a long number (a phone) is given. */
function offersStep(sentence: ModelSentence): boolean {
  const {tokens} = sentence
  const [first] = tokens
  if (!first) return false
  const at = first.norm === 'please' || first.norm === 'just' ? 1 : 0
  const opener = tokens[at]
  if (opener !== undefined && imperatives.has(opener.norm) && !opensAsNoun(opener, openingWord(tokens[at + 1]), at + 2 === tokens.length)) return true
  return tokens.some((token) => token.kind === 'number' && token.end - token.start >= 6)
}

// A way forward in the words of the dead-end rule's next-step table
// (`features/next-step.ts`, read from there, not copied), on tokens: an
// order after a clause opener, a promise, a way to reach a person, what a
// right one looks like. Sequences by their first word.
const promisesByFirst = new Map<string, Array<readonly string[]>>()
for (const sequence of promiseSequences) {
  const list = promisesByFirst.get(sequence[0]!)
  if (list) list.push(sequence)
  else promisesByFirst.set(sequence[0]!, [sequence])
}

function promiseAt(tokens: readonly ModelToken[], index: number): boolean {
  for (const sequence of promisesByFirst.get(tokens[index]!.norm) ?? []) {
    if (index + sequence.length > tokens.length) continue
    let at = 1
    while (at < sequence.length && tokens[index + at]!.norm === sequence[at]) at++
    if (at === sequence.length) return true
  }

  return false
}

/** Whether the sentence itself offers a way forward (wider than `offersStep`, which only reads an opening order). */
export function offersWay(sentence: ModelSentence): boolean {
  if (offersStep(sentence)) return true
  const {tokens} = sentence
  for (let index = 0; index < tokens.length; index++) {
    if (promiseAt(tokens, index)) return true
    const previous = tokens[index - 1]?.norm
    if (previous !== undefined && clauseOpeners.has(previous) && imperatives.has(tokens[index]!.norm) && !opensAsNoun(tokens[index]!, openingWord(tokens[index + 1]), index + 2 === tokens.length)) return true
  }

  return false
}

// What aims a fault at the customer: the customer addressed, or something
// the customer typed, picked, handed over or did (the blame rule's classes).
const aimWords = new Set<string>(secondPerson)
for (const name of ['input', 'entered', 'youDid'] as const) for (const word of blameClasses[name]!) aimWords.add(word)
for (const name of ['typedIn', 'handedOver', 'people', 'misDid', 'nagging'] as const) for (const word of indirectBlameClasses[name]!) aimWords.add(word)

/**
 * Whether the sentence aims what it says at the customer (`faultAim`): it
 * addresses them or names something they gave or did. “Payment failed on
 * our side.” aims at no one; “Invalid PIN.” and “You missed a field.” do.
 */
export function aimsAtCustomer(sentence: ModelSentence): boolean {
  for (const token of sentence.tokens) if (aimWords.has(token.norm)) return true
  return false
}

/** The rule the fault-aim gate holds (`FeatureOptions.faultAim`). */
export const aimedRule = 'customer-blame'

export interface FeatureOptions {
  /** Character n-grams (3 to 5 letters) inside words, for spelling variants and inflections. */
  readonly characterGrams?: boolean
  /** The phrase data's word classes (staff roles, faulty, input…), so a class member never seen in training still counts. */
  readonly wordClasses?: boolean
  /** A crude stem beside each word (“approving” → “approv”). */
  readonly stems?: boolean
  /** Word pairs with one or two words between them (“manager … approve”). */
  readonly skipGrams?: boolean
  /** Terms of the cue glossary, one feature per rule whose glossary holds them. */
  readonly glossary?: boolean
  /** Glossary cues joined with whether the message offers a next step (a failure with one is not a dead end). */
  readonly cueSteps?: boolean
  /** Word pairs with person, negation and modal words as their class (“you removed” → “YOU removed”, “YOU +ed”). */
  readonly classGrams?: boolean
  /** Where the sentence sits in its message: alone, first, later. */
  readonly position?: boolean
  /**
   * What a linear model over words cannot add up: each rule whose glossary
   * cues the sentence holds, joined with whether a way forward is offered
   * (here, elsewhere in the message, nowhere) and whether the customer is
   * addressed (here, elsewhere, not at all): “failed” and no way forward is
   * a dead end, “failed” with one is not. Word evidence joined with the
   * message's shape, so not capped like the shapes (capped, they gained nothing).
   */
  readonly conjunctions?: boolean
  /**
   * Whether the message offers a way forward, read as the dead-end rule's
   * next-step table reads it (an order, a promise, a contact, a time it is
   * back): in this sentence, in another, or nowhere; a capped shape feature.
   */
  readonly ways?: boolean
  /** A failure cue (the dead-end glossary, or any negation) joined with no way forward anywhere in the message, as one feature. */
  readonly deadEnds?: boolean
  /**
   * A gate, not a feature: customer-blame's learned layer reports and scores
   * only sentences that aim at the customer (`aimsAtCustomer`); elsewhere the
   * phrase tables alone judge.
   */
  readonly faultAim?: boolean
}

// Glossary terms of one to three words, to the rules whose glossary lists them.
const glossaryRules = new Map<string, string[]>()
// The first one or two words of longer terms: a term is read on only while it can still match.
const glossaryPrefixes = new Set<string>()
for (const [rule, terms] of Object.entries(glossary)) {
  for (const term of terms) {
    const list = glossaryRules.get(term)
    if (list) list.push(rule)
    else glossaryRules.set(term, [rule])
    const words = term.split(' ')
    for (let length = 1; length < words.length; length++) glossaryPrefixes.add(words.slice(0, length).join(' '))
  }
}

// The same terms with a plural “s”: a word read as a term when it is one plus “s”, without slicing it.
const pluralRules = new Map<string, string[]>()
for (const [term, rules] of glossaryRules) pluralRules.set(`${term}s`, rules)

/** What a run of words is to the glossary: the rules it cues (a term, else a term plus “s”), and whether longer terms start with it. */
interface GlossaryRead {
  readonly rules: readonly string[] | undefined
  readonly prefix: boolean
}

// Every term, plural and prefix in one map, so each word read costs one lookup.
const glossaryReads = new Map<string, GlossaryRead>()
for (const term of new Set([...glossaryRules.keys(), ...pluralRules.keys(), ...glossaryPrefixes])) {
  glossaryReads.set(term, {rules: glossaryRules.get(term) ?? pluralRules.get(term), prefix: glossaryPrefixes.has(term)})
}

/** Glossary features of the terms that start at `index` (a plural “s” may follow the last word); `step` adds each cue joined with it. */
function glossaryFeatures(tokens: readonly ModelToken[], index: number, step: string | undefined): void {
  let term = ''
  for (let length = 1; length <= 3 && index + length <= tokens.length; length++) {
    const last = tokens[index + length - 1]!
    if (last.kind !== 'word') return
    term = length === 1 ? last.norm : `${term} ${last.norm}`
    const read = glossaryReads.get(term)
    if (read === undefined) return
    glossaryCues(read.rules, index, index + length - 1, step)
    if (!read.prefix) return
  }
}

// Rules whose glossary cues the sentence being read holds, for `conjunctions`.
const cuedRules = new Set<string>()

function glossaryCues(rules: readonly string[] | undefined, first: number, last: number, step: string | undefined): void {
  for (const rule of rules ?? []) {
    cuedRules.add(rule)
    feature('g:', rule, first, last)
    if (step !== undefined) joined('g:', rule, '|', step, first, last)
  }
}

// Single-word class members only: a class feature marks one token.
const classOf = new Map<string, string[]>()
for (const classes of [blameClasses, failureClasses, backstageClasses, pressureClasses] as WordClasses[]) {
  for (const [name, members] of Object.entries(classes)) {
    for (const member of members) {
      if (member.includes(' ')) continue
      const list = classOf.get(member)
      if (list) list.push(name)
      else classOf.set(member, [name])
    }
  }
}

// Closed classes whose members stand in for each other across writers.
const wordClass = new Map<string, string>()
for (const word of secondPerson) wordClass.set(word, 'YOU')
for (const word of firstPerson) wordClass.set(word, 'WE')
for (const word of ['not', 'no', 'never', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "couldn't", "wouldn't", 'unable', 'nothing', 'none', 'nobody']) wordClass.set(word, 'NEG')
for (const word of ['must', 'should', 'need', 'needs', 'required', 'have', 'has', 'may', 'might', 'could', 'would', 'can', 'will']) wordClass.set(word, 'MOD')

/** A word's ending, for pairs like “YOU +ed”: the past tense of something the customer did. */
function ending(norm: string): string | undefined {
  if (norm.length < 4) return undefined
  if (norm.endsWith('ed')) return '+ed'
  if (norm.endsWith('ly')) return '+ly'
  if (norm.endsWith('ing')) return '+ing'
  return undefined
}

const suffix = /(?:ing|ed|es|s|ly|er|ment)$/

function stem(norm: string): string {
  if (norm.length < 5) return norm
  const stripped = norm.replace(suffix, '')
  return stripped.length >= 3 ? stripped : norm
}

/**
 * Where a sentence's features go, in reading order, repeats included (a
 * sink keeps the first of each bucket: two names in one bucket are one
 * feature to the model anyway). Inference reads buckets only; `named` sinks
 * (training, tests) also get each feature's name, built only for them.
 */
export interface FeatureSink {
  readonly named: boolean
  add(bucket: number, first: number, last: number, name: string): void
}

// The sink of the sentence being read (one at a time: reading is synchronous).
let sink: FeatureSink = {named: false, add() {}}

/** The feature named `tag` + `value` (“w:order”). */
function feature(tag: string, value: string, first: number, last: number): void {
  sink.add(mix(mix(fnvBasis, tag), value) & hashMask, first, last, sink.named ? tag + value : '')
}

/** The feature named `tag` + `left` + `separator` + `right` (“b:order now”). */
function joined(tag: string, left: string, separator: string, right: string, first: number, last: number): void {
  sink.add(mix(mix(mix(mix(fnvBasis, tag), left), separator), right) & hashMask, first, last, sink.named ? tag + left + separator + right : '')
}

/** The character n-gram `c:` + ` norm `.slice(at, at + size), hashed without building the padded word. */
function characterGram(norm: string, at: number, size: number, index: number): void {
  let hash = mix(fnvBasis, 'c:')
  for (let position = at; position < at + size; position++) {
    const code = position === 0 || position === norm.length + 1 ? 32 : norm.charCodeAt(position - 1)
    hash = Math.imul(hash ^ code, fnvPrime)
  }

  sink.add(hash & hashMask, index, index, sink.named ? `c:${` ${norm} `.slice(at, at + size)}` : '')
}

const counts = ['0', '1', '2', '3']

// Which buckets the current sentence has used, by stamp: cheaper than a Set per sentence.
const stamps = new Int32Array(1 << hashBits)
let stamp = 0

/** The features of one sentence, each bucket once. */
export function sentenceFeatures(sentence: ModelSentence, context: BlockContext, options: FeatureOptions = {}): Feature[] {
  const features: Feature[] = []
  if (++stamp === 0x7fffffff) {
    stamps.fill(0)
    stamp = 1
  }

  writeFeatures(sentence, context, options, {
    named: true,
    add(hash, first, last, name) {
      if (stamps[hash] === stamp) return
      stamps[hash] = stamp
      features.push({name, hash, first, last})
    }
  })
  return features
}

/** The features of one sentence into `into`, in reading order, repeats included. */
export function writeFeatures(sentence: ModelSentence, context: BlockContext, options: FeatureOptions, into: FeatureSink): void {
  sink = into
  cuedRules.clear()
  const {tokens} = sentence
  const step = options.cueSteps ? (context.nextStep || offersStep(sentence) ? 'step' : 'none') : undefined
  let first = 0
  let second = 0
  let caps = 0
  let letters = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const {norm} = token
    feature('w:', norm, index, index)
    joined('b:', index === 0 ? '^' : tokens[index - 1]!.norm, ' ', norm, Math.max(0, index - 1), index)
    if (options.glossary) glossaryFeatures(tokens, index, step)
    if (options.classGrams && index > 0) {
      const previous = tokens[index - 1]!.norm
      const left = wordClass.get(previous)
      const right = wordClass.get(norm)
      if (left !== undefined || right !== undefined) {
        joined('q:', left ?? previous, ' ', right ?? norm, index - 1, index)
        const end = right === undefined ? ending(norm) : undefined
        if (left !== undefined && end !== undefined) joined('q:', left, ' ', end, index - 1, index)
      }
    }

    if (options.wordClasses) for (const name of classOf.get(norm) ?? []) feature('k:', name, index, index)
    if (options.stems && token.kind === 'word') {
      const base = stem(norm)
      if (base !== norm) feature('l:', base, index, index)
    }

    if (options.skipGrams) {
      for (let gap = 2; gap <= 3 && index - gap >= 0; gap++) joined('k2:', tokens[index - gap]!.norm, ' ', norm, index - gap, index)
    }

    if (options.characterGrams && token.kind === 'word' && norm.length >= 4) {
      for (let size = 3; size <= 5; size++) {
        for (let at = 0; at + size <= norm.length + 2; at++) characterGram(norm, at, size, index)
      }
    }

    if (firstPerson.has(norm) && !(norm === 'us' && token.caps)) first++
    else if (secondPerson.has(norm) && tokens[index - 1]?.norm !== 'thank') second++
    if (token.kind === 'word') {
      letters++
      if (token.caps && token.end - token.start >= 2) caps++
    }
  }

  const last = tokens.length - 1
  joined('b:', tokens[last]!.norm, ' $', sentence.final, last, last)
  // Sentence shape: buckets, so each is one feature whose weight is capped in training.
  feature('s:len=', lengthBucket(tokens.length), -1, -1)
  feature('s:we=', counts[Math.min(first, 3)]!, -1, -1)
  feature('s:you=', counts[Math.min(second, 2)]!, -1, -1)
  if (first > second) feature('s:we>you', '', -1, -1)
  if (letters >= 2 && caps === letters) feature(letters >= 4 ? 's:caps=all-long' : 's:caps=all-short', '', -1, -1)
  else if (caps >= 2) feature('s:caps=some', '', -1, -1)
  if (sentence.stackedMarks > 0) feature('s:stacked-marks', '', -1, -1)
  feature('s:end=', sentence.final || 'none', -1, -1)
  if (tokens.some((token) => token.kind === 'placeholder')) feature('s:placeholder', '', -1, -1)
  if (tokens.some((token) => token.kind === 'code')) feature('s:code', '', -1, -1)
  if (offersStep(sentence)) feature('s:next-step', '', -1, -1)
  if (context.nextStep) feature('ctx:next-step', '', -1, -1)
  if (context.addressed) feature('ctx:you', '', -1, -1)
  if (options.position) feature('ctx:at=', context.position, -1, -1)
  if (options.conjunctions) conjunctionFeatures(sentence, context, second > 0)
  if (options.ways) feature('ctx:way=', context.wayHere ? 'here' : context.wayForward || context.nextStep ? 'elsewhere' : 'none', -1, -1)
  if (options.deadEnds && !context.wayHere && !context.wayForward && !context.nextStep) {
    if (cuedRules.has('dead-end-error')) feature('x:', 'fail&noway', -1, -1)
    else if (sentence.tokens.some((token) => wordClass.get(token.norm) === 'NEG')) feature('x:', 'neg&noway', -1, -1)
  }
}

function conjunctionFeatures(sentence: ModelSentence, context: BlockContext, addressed: boolean): void {
  const here = context.wayHere
  const way = here ? 'here' : context.wayForward || context.nextStep ? 'elsewhere' : 'none'
  const you = addressed ? 'here' : context.addressed ? 'elsewhere' : 'none'
  if (here) feature('x:', 'way', -1, -1)
  if (context.wayForward) feature('x:', 'ctx-way', -1, -1)
  // A refusal or a failure said without a cue word (“not today, sorry”): any negation, joined the same way.
  if (sentence.tokens.some((token) => wordClass.get(token.norm) === 'NEG')) joined('x:neg&way=', '', '|', way, -1, -1)
  for (const rule of cuedRules) {
    joined('x:cue&way=', rule, '|', way, -1, -1)
    joined('x:cue&you=', rule, '|', you, -1, -1)
  }
}

/** Whether a feature is one of `conjunctions` (a rule's training may leave them out). */
export function isConjunctionFeature(name: string): boolean {
  return name.startsWith('x:')
}

/** Whether a feature describes the sentence's shape rather than its words (its weight is capped). */
export function isShapeFeature(name: string): boolean {
  return name.startsWith('s:') || name.startsWith('ctx:')
}

/**
 * Every sentence-shape feature `writeFeatures` can write (with `position`),
 * by name: what the shipped weights are checked against, so that no single
 * one of them, with the bias, reaches a rule's threshold.
 */
export const shapeFeatureNames: readonly string[] = [
  ...['0', '1', '2', '3-5', '6-12', '13+'].map((bucket) => `s:len=${bucket}`),
  ...counts.map((count) => `s:we=${count}`),
  ...counts.slice(0, 3).map((count) => `s:you=${count}`),
  's:we>you',
  's:caps=all-long',
  's:caps=all-short',
  's:caps=some',
  's:stacked-marks',
  ...['!', '?', '.', '…', 'none'].map((mark) => `s:end=${mark}`),
  's:placeholder',
  's:code',
  's:next-step',
  'ctx:next-step',
  'ctx:you',
  ...['only', 'first', 'later'].map((position) => `ctx:at=${position}`),
  ...['here', 'elsewhere', 'none'].map((way) => `ctx:way=${way}`)
]

function lengthBucket(count: number): string {
  if (count <= 2) return String(count)
  if (count <= 5) return '3-5'
  if (count <= 12) return '6-12'
  return '13+'
}
