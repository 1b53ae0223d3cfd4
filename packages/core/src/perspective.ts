/**
 * The perspective score: whose side a text is on, the customer's or the
 * seller's. Defined in `docs/perspective.md`; plain string work (no Node
 * built-ins) because the playground runs it in a Web Worker.
 */
import type {Finding} from './findings.js'
import type {RuleId} from './registry.js'

export interface Perspective {
  /** 0–100: the share of the text's weight that centres the customer (50 = balanced); null when no sentence takes a side. */
  readonly score: number | null
  /** Sentences whose grammatical focus is the customer, the seller, or neither. */
  readonly customer: number
  readonly seller: number
  readonly neutral: number
  readonly sentences: number
}

/** Words that put the customer in the sentence: the second person and the nouns for the customer. */
const customerWords = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  "y'all",
  'customer',
  'customers',
  "customer's",
  "customers'",
  'guest',
  'guests',
  'shopper',
  'shoppers',
  'client',
  'clients',
  'member',
  'members',
  'passenger',
  'passengers',
  'patient',
  'patients',
  'traveller',
  'travellers',
  'traveler',
  'travelers',
  'visitor',
  'visitors',
  'diner',
  'diners',
  'user',
  'users'
])

/**
 * First words that speak to the customer: a request or instruction (the
 * imperative, whose subject is an unwritten “you”), a thanks or a greeting.
 * They count only at the start of a sentence, where a verb is an imperative;
 * words as often nouns there (“Order”, “Book”, “Cash”) are left out.
 */
const addressWords = new Set([
  'please',
  'thanks',
  'thank',
  'hi',
  'hello',
  'dear',
  'welcome',
  'enjoy',
  'try',
  'add',
  'check',
  'tap',
  'press',
  'enter',
  'insert',
  'remove',
  'scan',
  'reply',
  'choose',
  'select',
  'pick',
  'pay',
  'ask',
  'call',
  'contact',
  'visit',
  'track',
  'take',
  'keep',
  'bring',
  'send',
  'tell',
  'see',
  'show',
  'use',
  'find',
  'follow',
  'confirm',
  'review',
  'download',
  'sign',
  'cancel',
  'renew',
  'save',
  'change',
  'open',
  'go',
  'get',
  'collect',
  'return',
  'wait',
  'let'
])

/** Words that put the seller in the sentence: the first person, the company and its staff. */
const sellerWords = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'll",
  "we'd",
  "let's",
  'company',
  "company's",
  'store',
  "store's",
  'team',
  "team's",
  'staff',
  'management',
  'manager',
  'managers',
  'supervisor',
  'supervisors',
  'cashier',
  'cashiers',
  'employee',
  'employees',
  'colleague',
  'colleagues',
  'corporate',
  'headquarters'
])

/**
 * Rules whose finding means the words are about the seller (its wants,
 * wins, vocabulary, backstage, absence or chain of command). The other rules
 * (blame, dead ends, shouting, pressure) are about how the customer is
 * spoken to, not whose story it is, so they leave the focus to the words.
 */
export const sellerCentredRules: ReadonlySet<RuleId> = new Set<RuleId>([
  'we-centered',
  'seller-celebration',
  'sales-jargon',
  'exposed-internals',
  'stepping-away',
  'permission-gate'
])

export interface Sentence {
  /** 0-based offsets into the text, end exclusive. */
  readonly start: number
  readonly end: number
}

// A sentence ends at terminal punctuation followed by white space, or at a
// line break: screens, catalogs and SMS put one message per line, often
// without a full stop.
const sentenceEnd = /[.!?…]+["'”’)\]]*(?=\s)|\n/gu
const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const hasWord = /[\p{L}\p{N}]/u

/** The sentences of `text` that hold at least one letter or digit. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number): void => {
    if (hasWord.test(text.slice(start, end))) sentences.push({start, end})
  }

  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length
    push(end)
    start = end
  }

  push(text.length)
  return sentences
}

type Side = 'customer' | 'seller' | 'neutral'

/**
 * The side the words of a sentence take: the side with more cue words (an
 * address word opening the sentence counts for the customer); on a tie, the
 * side named first (in English the grammatical subject usually
 * comes first: “We ask you to…” is about the seller, “You can ask us…” about
 * the customer).
 */
export function focusOfWords(sentence: string): Side {
  let customer = 0
  let seller = 0
  let first: Side = 'neutral'
  let opening = true
  for (const [token] of sentence.matchAll(word)) {
    const lower = token.toLowerCase().replaceAll('’', "'")
    const addresses = opening && addressWords.has(lower)
    opening = false
    if (addresses || customerWords.has(lower)) {
      customer++
      if (first === 'neutral') first = 'customer'
    } else if (sellerWords.has(lower)) {
      seller++
      if (first === 'neutral') first = 'seller'
    }
  }

  if (customer > seller) return 'customer'
  if (seller > customer) return 'seller'
  return first
}

/**
 * How much of `text` centres the customer. Each sentence that takes a side
 * weighs 1 on it; a sentence holding seller-centred findings is the
 * seller's and weighs 1 more for each of them. `findings` are those of
 * `lintText` on the same text (their offsets place them in sentences).
 */
export function perspectiveOf(text: string, findings: readonly Finding[]): Perspective {
  const tally = new PerspectiveTally()
  tally.add(text, findings)
  return tally.result()
}

/** What the tally needs of a finding: its rule and where it starts. */
export type PlacedFinding = Pick<Finding, 'ruleId' | 'offset'>

interface TalliedSentence<T> {
  /** The side its words take. */
  readonly side: Side
  /** The seller-centred findings that start in it. */
  readonly findings: T[]
}

/**
 * `perspectiveOf` over texts that come one after another (a streamed
 * page's parts, a catalog's messages), as if they were one text with a
 * line break between each two, without holding them: a text is read when
 * added and only its sentences with seller-centred findings are kept. Those
 * are settled in `result`, which is told which findings count, so findings
 * a directive later suppresses can still be left out.
 */
export class PerspectiveTally<T extends PlacedFinding = PlacedFinding> {
  #customer = 0
  #seller = 0
  #sellerWeight = 0
  #sentences = 0
  readonly #held: Array<TalliedSentence<T>> = []
  /** The last sentence so far: a finding in the white space before the next text's first sentence is in it. */
  #open: TalliedSentence<T> | undefined
  /** Findings before any sentence: they count in the first one. */
  #early: T[] = []

  /** `findings` are those of `lintText` on `text`, in its offsets. */
  add(text: string, findings: readonly T[]): void {
    const sentences = sentencesOf(text)
    const inSentence = new Map<number, T[]>()
    for (const finding of findings) {
      if (!sellerCentredRules.has(finding.ruleId)) continue
      const index = lastStartingAtOrBefore(sentences, finding.offset)
      if (index === -1 || sentences[index]!.start > finding.offset) (this.#open?.findings ?? this.#early).push(finding)
      else {
        const held = inSentence.get(index)
        if (held) held.push(finding)
        else inSentence.set(index, [finding])
      }
    }

    sentences.forEach((sentence, index) => {
      this.#close()
      const findings = inSentence.get(index) ?? []
      if (this.#sentences === 0) findings.unshift(...this.#early.splice(0))
      // A sentence with a seller-centred finding is the seller's whatever its words say; they count only if every finding in it is left out.
      this.#open = {side: focusOfWords(text.slice(sentence.start, sentence.end)), findings}
      this.#sentences++
    })
  }

  /** The perspective of everything added; `counts` says whether a finding counts (all do unless told). */
  result(counts: (finding: T) => boolean = () => true): Perspective {
    let customer = this.#customer
    let seller = this.#seller
    let sellerWeight = this.#sellerWeight
    for (const sentence of this.#open ? [...this.#held, this.#open] : this.#held) {
      const held = sentence.findings.filter(counts).length
      const side = held > 0 ? 'seller' : sentence.side
      if (side === 'customer') customer++
      else if (side === 'seller') {
        seller++
        sellerWeight += 1 + held
      }
    }

    const total = customer + sellerWeight
    return {
      score: total === 0 ? null : Math.round((100 * customer) / total),
      customer,
      seller,
      neutral: this.#sentences - customer - seller,
      sentences: this.#sentences
    }
  }

  /** Settles the open sentence now if no finding is in it, else keeps it for `result`. */
  #close(): void {
    const open = this.#open
    if (!open) return
    if (open.findings.length > 0) this.#held.push(open)
    else if (open.side === 'customer') this.#customer++
    else if (open.side === 'seller') {
      this.#seller++
      this.#sellerWeight++
    }
  }
}

function lastStartingAtOrBefore(sentences: readonly Sentence[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  let found = sentences.length > 0 ? 0 : -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }

  return found
}
