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
  const sentences = sentencesOf(text)
  const sellerFindings = sellerFindingsPerSentence(sentences, findings)
  let customer = 0
  let seller = 0
  let customerWeight = 0
  let sellerWeight = 0
  sentences.forEach((sentence, index) => {
    const held = sellerFindings[index]!
    const side = held > 0 ? 'seller' : focusOfWords(text.slice(sentence.start, sentence.end))
    if (side === 'customer') {
      customer++
      customerWeight++
    } else if (side === 'seller') {
      seller++
      sellerWeight += 1 + held
    }
  })

  const total = customerWeight + sellerWeight
  return {
    score: total === 0 ? null : Math.round((100 * customerWeight) / total),
    customer,
    seller,
    neutral: sentences.length - customer - seller,
    sentences: sentences.length
  }
}

/**
 * For each sentence, how many seller-centred findings start in it. A
 * sentence runs from the end of the one before, so white space between two
 * belongs to the next; a finding before the first sentence counts there.
 */
function sellerFindingsPerSentence(sentences: readonly Sentence[], findings: readonly Finding[]): number[] {
  const counts = sentences.map(() => 0)
  for (const finding of findings) {
    if (!sellerCentredRules.has(finding.ruleId)) continue
    const index = lastStartingAtOrBefore(sentences, finding.offset)
    if (index !== -1) counts[index]!++
  }

  return counts
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
