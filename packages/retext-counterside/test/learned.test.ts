/**
 * The learned layer beside the phrase tables: what it adds, how it explains
 * itself, and the catalog shapes it must leave alone.
 */
import {describe, expect, it} from 'vitest'
import {blockContexts, hashFeature, Scorer, segment, sentenceFeatures} from '../src/model/index.js'
import {model} from '../src/model/weights.generated.js'
import {createLearnedScorer} from '../src/index.js'
import {messages} from './support/lint.js'

const learned = (text: string, options = {}) => messages(text, {learned: true, ...options})
// Worded so that no phrase-table entry matches: only the learned layer can find it.
const celebration = 'Great news: Dana just hit her monthly target thanks to your order, so the whole team gets a bonus this week.'

describe('learned layer', () => {
  it('finds what the phrase tables miss, and names the words that weighed most', () => {
    expect(messages(celebration).map((message) => message.ruleId)).toEqual([])
    const [message, ...rest] = learned(celebration)
    expect(rest).toEqual([])
    expect(message?.ruleId).toBe('seller-celebration')
    expect(message?.actual).toMatch(/target/)
    expect(message?.reason).toMatch(/^“.+” celebrates the seller’s win \(read from ‘.+’\)\. Celebrate what the customer gets, or say nothing\.$/)
    expect(message?.confidence).toBeGreaterThanOrEqual(model.rules['seller-celebration']!.threshold - 0.005)
    expect(message?.confidence).toBeLessThanOrEqual(1)
    expect(message?.expected).toEqual([])
  })

  it('points the finding at the cue words inside the text', () => {
    const [message] = learned(`Thank you. ${celebration}`)
    const start = message?.place && 'start' in message.place ? message.place.start.offset : undefined
    expect(start).toBe(`Thank you. ${celebration}`.indexOf(message!.actual!))
  })

  it('is filtered by minConfidence and switched off by `learned: false`', () => {
    expect(learned(celebration, {minConfidence: 1.01 as number})).toEqual([])
    expect(messages(celebration, {learned: false})).toEqual([])
  })

  it('is filtered by a rule’s allow list and severity', () => {
    expect(learned(celebration, {rules: {'seller-celebration': 'off'}})).toEqual([])
    expect(learned(celebration, {rules: {'seller-celebration': ['error', {allow: ['monthly target']}]}})).toEqual([])
  })

  // Shapes that doubled the flag rate of a model trained without real catalogs.
  it.each(['DONE', 'SELECT CUSTOMER', 'Manager:', 'Wrong size', 'Card number:', 'Hello {name}, your order is ready.', 'PRINT RECEIPT', 'Points balance: 1,240'])(
    'leaves the catalog shape %j alone',
    (text) => {
      expect(learned(text).map((message) => message.ruleId)).toEqual([])
    }
  )

  it('never scores a label or button of fewer than three words', () => {
    const scorer = new Scorer(model)
    expect(scorer.score('Upsell now').findings).toEqual([])
    expect(scorer.score('Upsell now').sentences).toEqual([])
  })
})

describe('learned layer evidence over the block', () => {
  const failure = 'Unable to fetch your receipt due to a bad address.'
  const deadEnds = (text: string): string[] =>
    createLearnedScorer()(text)
      .findings.map((finding) => finding.active.rule.meta.id)
      .filter((id) => id === 'dead-end-error')
  const scored = (text: string): boolean => new Scorer(model).score(text, new Set(['dead-end-error']), 0.5).findings.length > 0

  it('keeps a dead end with no way forward in its block', () => {
    expect(deadEnds(failure)).toEqual(['dead-end-error'])
  })

  it('drops a dead end whose block offers a way forward in another sentence', () => {
    const text = `${failure} Please initiate a new order.`
    // The model alone still reads the failure as a dead end: the gate, given the block, is what drops it.
    expect(scored(text)).toBe(true)
    expect(deadEnds(text)).toEqual([])
  })
})

describe('learned layer on field labels', () => {
  const rules = (text: string): string[] => createLearnedScorer()(text).findings.map((finding) => finding.active.rule.meta.id)

  // The model alone reads these labels as the rule; the evidence gate is what drops them.
  it.each([
    ['Manager approval code:', 'permission-gate'],
    ['Upsell offer text:', 'sales-jargon'],
    ['Wrong PIN attempts:', 'customer-blame']
  ])('drops the label %j, which the model reads as %s', (text, rule) => {
    expect(new Scorer(model).score(text, new Set([rule]), 0.5).findings.map((finding) => finding.ruleId)).toContain(rule)
    expect(rules(text)).not.toContain(rule)
  })

  it('keeps a clause that ends in a colon', () => {
    expect(rules('The following fields are invalid:')).toContain('customer-blame')
  })
})

describe('segment', () => {
  it('splits sentences at marks before white space and at line breaks, keeping offsets', () => {
    const text = 'Payment failed!! Try e.g. 3.5 times.\nCall 0800 555 010'
    const sentences = segment(text)
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Payment failed!!', 'Try e.g. 3.5 times.', 'Call 0800 555 010'])
    expect(sentences[0]?.stackedMarks).toBe(1)
    expect(sentences[0]?.final).toBe('!')
  })

  it('reads placeholders, codes and numbers by kind', () => {
    const [sentence] = segment('Hi {{first_name}}, error E4012 at 10:30')
    expect(sentence?.tokens.map((token) => token.norm)).toEqual(['hi', '<ph>', 'error', '<code>', 'at', '<num>', '<num>'])
  })
})

describe('sentenceFeatures', () => {
  const featuresOf = (text: string) => {
    const sentences = segment(text)
    const contexts = blockContexts(sentences)
    return sentences.flatMap((sentence, index) => sentenceFeatures(sentence, contexts[index]!, {glossary: true}))
  }

  it('reads glossary terms of one, two and three words, and a plural last word', () => {
    const spans = (text: string) => featuresOf(text).filter((feature) => feature.name === 'g:seller-celebration').map((feature) => [feature.first, feature.last])
    expect(spans('our best month ever')).toEqual([[1, 3]])
    expect(spans('two closed deals today')).toEqual([[1, 2]])
    expect(spans('a bonus')).toContainEqual([1, 1])
    expect(spans('best of the month')).toEqual([])
  })

  it('gives each bucket once per sentence, and again in the next sentence', () => {
    const features = featuresOf('Order now. Order now.')
    const first = features.filter((feature) => feature.hash === hashFeature('w:order'))
    expect(first).toHaveLength(2)
    const buckets = featuresOf('order order order').map((feature) => feature.hash)
    expect(new Set(buckets).size).toBe(buckets.length)
  })

  it('never calls copy shouting without capitals or stacked marks, whatever its words', () => {
    const calm = ['Do not close this window.', 'Please keep your card in the reader until you are told to remove it.', 'Your order is ready for collection at the front desk.']
    for (const text of calm) expect(learned(text).filter((message) => message.ruleId === 'shouting')).toEqual([])
    expect(learned('DO NOT CLOSE THIS WINDOW.').map((message) => message.ruleId)).toContain('shouting')
  })

  it('holds its findings to the evidence their rules need (learned-evidence.ts)', () => {
    // The scorer alone, with the weights at hand, finds these: the gates are what drop them.
    const cases: Array<[string, string]> = [
      ['The gateway’s callback token is invalid.', 'customer-blame'],
      ['Awaiting your sign-off', 'permission-gate']
    ]
    for (const [text, ruleId] of cases) expect(learned(text).filter((message) => message.ruleId === ruleId)).toEqual([])
    expect(learned('The card number you entered is invalid.').map((message) => message.ruleId)).toContain('customer-blame')
  })
})
