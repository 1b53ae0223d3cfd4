import {describe, expect, it} from 'vitest'
import {lintText, perspectiveOf, PerspectiveTally, sellerCentredRules, type Finding} from '../src/index.js'
import {focusOfWords, sentencesOf} from '../src/perspective.js'

/** A finding of `ruleId` on the first occurrence of `words` in `text` (only the fields the score reads matter). */
function findingOn(text: string, words: string, ruleId: Finding['ruleId']): Finding {
  const offset = text.indexOf(words)
  if (offset === -1) throw new Error(`no “${words}” in the text`)
  return {
    ruleId,
    severity: 'warning',
    message: '',
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: offset + words.length + 1,
    offset,
    endOffset: offset + words.length,
    suggestions: [],
    url: '',
    actual: words,
    expected: [],
    note: '',
    confidence: 1
  }
}

// The worked examples of docs/perspective.md, with their exact scores.
describe('perspectiveOf: the worked examples', () => {
  it('scores copy about the customer 100', () => {
    expect(perspectiveOf('Your order is on its way. Track it any time from your account.', [])).toEqual({score: 100, customer: 2, seller: 0, neutral: 0, sentences: 2})
  })

  it('balances a sentence for each side at 50', () => {
    expect(perspectiveOf("We've sent your receipt to your e-mail. Our team is here if you need anything.", [])).toEqual({score: 50, customer: 1, seller: 1, neutral: 0, sentences: 2})
  })

  it('gives a sentence with a seller-centred finding to the seller, with one more weight per finding', () => {
    const text = 'Another sale closed! Thanks for shopping with us.'
    expect(perspectiveOf(text, [findingOn(text, 'Another sale closed', 'seller-celebration')])).toEqual({score: 33, customer: 1, seller: 1, neutral: 0, sentences: 2})
    // Without the finding the first sentence names nobody.
    expect(perspectiveOf(text, [])).toEqual({score: 100, customer: 1, seller: 0, neutral: 1, sentences: 2})
  })

  it('breaks a tie by the side named first (the subject)', () => {
    expect(perspectiveOf('Our policy requires you to show a receipt.', [])).toEqual({score: 0, customer: 0, seller: 1, neutral: 0, sentences: 1})
    expect(perspectiveOf('You can ask us for a copy.', [])).toEqual({score: 100, customer: 1, seller: 0, neutral: 0, sentences: 1})
  })

  it('is null when no sentence takes a side', () => {
    expect(perspectiveOf('Payment successful.', [])).toEqual({score: null, customer: 0, seller: 0, neutral: 1, sentences: 1})
    expect(perspectiveOf('', [])).toEqual({score: null, customer: 0, seller: 0, neutral: 0, sentences: 0})
    expect(perspectiveOf('  …  \n\n', [])).toEqual({score: null, customer: 0, seller: 0, neutral: 0, sentences: 0})
  })

  it('weighs the seller-centred findings lintText reports', () => {
    const text = "We are proud to be the region's largest retailer. Our policy requires a receipt for every return. Keep yours safe."
    const findings = lintText(text)
    expect(findings.map((finding) => finding.ruleId)).toEqual(['we-centered', 'we-centered'])
    // Seller: 2 sentences × (1 + 1 finding) = 4; customer: 1 → 20.
    expect(perspectiveOf(text, findings)).toEqual({score: 20, customer: 1, seller: 2, neutral: 0, sentences: 3})
  })
})

describe('perspectiveOf: the rules of the definition', () => {
  it('leaves findings of rules about tone (blame, dead ends, shouting, pressure) out of the weight', () => {
    const text = 'You entered the wrong PIN.'
    expect(perspectiveOf(text, [findingOn(text, 'You entered the wrong PIN', 'customer-blame')]).score).toBe(100)
  })

  it('counts an imperative, a thanks or a greeting opening the sentence for the customer', () => {
    expect(focusOfWords('Please insert your card')).toBe('customer')
    expect(focusOfWords('Tap to pay')).toBe('customer')
    expect(focusOfWords('Thanks for waiting')).toBe('customer')
    // Only at the start: here “check” is what the seller does.
    expect(focusOfWords('The team will check it')).toBe('seller')
  })

  it('reads curly apostrophes and capitals like straight ones', () => {
    expect(focusOfWords('WE’RE PROUD OF OUR STORE')).toBe('seller')
    expect(focusOfWords('You’ll get a text')).toBe('customer')
  })

  it('ends sentences at terminal punctuation before white space and at line breaks, not inside 3.5 or e.g', () => {
    const text = 'Total: $3.50. Thank you!\nReceipt below\n\nvisit example.com'
    expect(sentencesOf(text).map(({start, end}) => text.slice(start, end).trim())).toEqual(['Total: $3.50.', 'Thank you!', 'Receipt below', 'visit example.com'])
  })

  it('places a finding in the white space between sentences in the next one, and one before any sentence in the first', () => {
    const text = 'Thanks.  Our quota is met.'
    const between = {...findingOn(text, ' Our', 'sales-jargon'), offset: 7}
    expect(perspectiveOf(text, [between])).toEqual({score: 33, customer: 1, seller: 1, neutral: 0, sentences: 2})
    const late = '\n\nOur quota is met.'
    expect(perspectiveOf(late, [{...findingOn(late, 'Our', 'sales-jargon'), offset: 0}])).toEqual({score: 0, customer: 0, seller: 1, neutral: 0, sentences: 1})
  })
})

describe('PerspectiveTally: the score of texts one after another', () => {
  const texts = [
    'Thanks for your order. Upsell the warranty at checkout.',
    '  Our team is proud. Please wait for manager approval before you leave.',
    '!!! Another sale closed for the store.',
    '',
    '\n\nYou can ask us for a copy. We are excited to announce our best quarter.'
  ]

  it('scores them as perspectiveOf scores them joined by line breaks, findings in white space before a text included', () => {
    const joined = texts.join('\n')
    const findings = lintText(joined)
    expect(findings.some((finding) => sellerCentredRules.has(finding.ruleId))).toBe(true)
    const tally = new PerspectiveTally()
    let start = 0
    for (const text of texts) {
      tally.add(text, findings.filter((finding) => finding.offset >= start && finding.offset <= start + text.length).map((finding) => ({...finding, offset: finding.offset - start})))
      start += text.length + 1
    }

    expect(tally.result()).toEqual(perspectiveOf(joined, findings))
    // A finding before any sentence of a later text (in its white space, or on a wordless "!!!") falls in the sentence before, as in the joined text.
    const early = new PerspectiveTally()
    early.add('You can ask us for a copy.', [])
    early.add('!!! Our quota is met.', [{ruleId: 'sales-jargon', offset: 0}])
    expect(early.result()).toEqual(perspectiveOf('You can ask us for a copy.\n!!! Our quota is met.', [{...findingOn('You can ask us for a copy.\n!!! Our quota is met.', '!!!', 'sales-jargon')}]))
  })

  it('leaves out the findings it is told do not count, settling their sentences by their words', () => {
    const text = 'Our team closed another sale. You can track your order.'
    const finding = findingOn(text, 'closed another sale', 'seller-celebration')
    const tally = new PerspectiveTally()
    tally.add(text, [finding])
    expect(tally.result()).toEqual(perspectiveOf(text, [finding]))
    expect(tally.result(() => false)).toEqual(perspectiveOf(text, []))
  })
})
