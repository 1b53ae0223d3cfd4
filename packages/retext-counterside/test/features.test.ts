/**
 * The learned layer's features and scores, read the fast way (names hashed
 * in parts, weights added as features are read), against the obvious way:
 * hash each feature's whole name, sum the weights of each bucket once.
 */
import {readCorpus} from '@counterside/lab'
import {describe, expect, it} from 'vitest'
import {
  aimsAtCustomer,
  blockContexts,
  countsAsSentence,
  decodeWeights,
  featureVersion,
  hashFeature,
  offersWay,
  Scorer,
  isShapeFeature,
  segment,
  sentenceFeatures,
  shapeFeatureNames,
  sigmoid,
  writeFeatures,
  type FeatureOptions
} from '../src/model/index.js'
import {model} from '../src/model/weights.generated.js'

const every: FeatureOptions = {characterGrams: true, wordClasses: true, stems: true, skipGrams: true, glossary: true, cueSteps: true, classGrams: true, position: true, conjunctions: true, ways: true, deadEnds: true}
// Every 7th corpus text: all writers, a few seconds at most.
const texts = [
  'Sorry, YOU entered the wrong PIN!! Ask a manager… or call 0800 555 0100.',
  'Our best month ever: two closed deals today, thanks to your order.',
  ...readCorpus().filter((_, index) => index % 7 === 0).map((item) => item.text)
]

const sentencesOf = (text: string) => {
  const sentences = segment(text)
  const contexts = blockContexts(sentences, text)
  return sentences.map((sentence, index) => ({sentence, context: contexts[index]!}))
}

describe('features', () => {
  it('puts every feature in the bucket of its whole name, whatever the options', () => {
    const misplaced: string[] = []
    for (const options of [{}, model.features, every]) {
      for (const text of texts) {
        for (const {sentence, context} of sentencesOf(text)) {
          for (const feature of sentenceFeatures(sentence, context, options)) if (feature.hash !== hashFeature(feature.name)) misplaced.push(feature.name)
        }
      }
    }

    expect(misplaced).toEqual([])
  })

  it('lists every sentence-shape feature it writes in shapeFeatureNames (the weights are checked against that list)', () => {
    const shapes = new Set<string>()
    for (const text of [...texts, 'DONE', 'SELECT CUSTOMER!!', 'Hi {{first_name}}, code E4012…', 'We we we and us?', 'Tap here to retry.\nName:']) {
      for (const {sentence, context} of sentencesOf(text)) {
        for (const feature of sentenceFeatures(sentence, context, every)) if (isShapeFeature(feature.name)) shapes.add(feature.name)
      }
    }

    expect([...shapes].filter((name) => !shapeFeatureNames.includes(name))).toEqual([])
    expect(shapes.size).toBeGreaterThan(20)
  })

  it('names features as training has always read them', () => {
    const {sentence, context} = sentencesOf('You cancelled orders!')[0]!
    const names = sentenceFeatures(sentence, context, every).map((feature) => feature.name)
    expect(names).toEqual(expect.arrayContaining(['w:you', 'b:^ you', 'b:you cancelled', 'q:YOU cancelled', 'q:YOU +ed', 'l:cancell', 'k2:you orders', 'g:dead-end-error', 'g:dead-end-error|none', 'c: ca', 'c:ders ', 'b:orders $!', 's:len=3-5', 's:we=0', 's:you=1', 's:end=!', 'ctx:at=only']))
  })

  it('joins each rule’s cues with whether a way forward is offered and the customer addressed', () => {
    const named = (text: string, index = 0): string[] => {
      const {sentence, context} = sentencesOf(text)[index]!
      return sentenceFeatures(sentence, context, {glossary: true, conjunctions: true}).map((feature) => feature.name)
    }

    // A failure and nothing to do is a dead end; the same failure with a step after it is not.
    expect(named('Your payment failed.')).toEqual(expect.arrayContaining(['x:cue&way=dead-end-error|none', 'x:cue&you=dead-end-error|here']))
    expect(named('Your payment failed. You can pay at the desk instead.')).toEqual(expect.arrayContaining(['x:cue&way=dead-end-error|elsewhere', 'x:ctx-way']))
    expect(named('Payment failed, so we’ll refund you today.')).toEqual(expect.arrayContaining(['x:cue&way=dead-end-error|here', 'x:way']))
    // A refusal without a cue word still joins its negation with the (missing) way forward.
    expect(named('Not today, sorry!')).toContain('x:neg&way=|none')
    // Without the option, none of them.
    const {sentence, context} = sentencesOf('Your payment failed.')[0]!
    expect(sentenceFeatures(sentence, context, {glossary: true}).filter((feature) => feature.name.startsWith('x:'))).toEqual([])
  })

  it('reads a way forward in more than an opening order', () => {
    const way = (text: string): boolean => offersWay(segment(text)[0]!)
    for (const text of ['Try again in a minute', 'Card declined, please use another card', 'We’ll email you when it ships', 'You can ask at the desk', 'It must have at least 8 characters', 'Sorry, 2 tries left']) {
      expect(way(text), text).toBe(true)
    }

    for (const text of ['Payment failed', 'Sorry, we can’t help with that', 'Your card was declined', 'This page no longer exists']) expect(way(text), text).toBe(false)
  })

  it('reads a way forward as the dead-end rule’s next-step table does, not from a copy of it', () => {
    const way = (text: string): boolean => sentencesOf(text)[0]!.context.wayHere
    // Promises of the table that the old copied word lists lacked.
    for (const text of ['Expired, but here’s a new one', 'That code is gone, but we can send another', 'Sorry, the next available slot is Friday', 'Limit reached, upgrade your plan']) {
      expect(way(text), text).toBe(true)
    }

    // A contact or a time it is back, read on the text the sentences came from.
    for (const text of ['Something broke, write to help@example.com', 'The desk is closed until 9am tomorrow', 'Lines are open 8am - 6pm']) expect(way(text), text).toBe(true)
    // An opening word that reads as a noun is no order (“Update failed”, “Order cancelled”).
    for (const text of ['Update failed', 'Order cancelled by the store', 'Check is still pending', 'Scan error']) expect(way(text), text).toBe(false)
    const names = (text: string): string[] => {
      const {sentence, context} = sentencesOf(text)[0]!
      return sentenceFeatures(sentence, context, {}).map((feature) => feature.name)
    }

    expect(names('Order cancelled by the store.')).not.toContain('s:next-step')
    expect(names('Order a new card today.')).toContain('s:next-step')
  })

  it('tells the model whether the message offers a way forward, here, elsewhere or nowhere (ways)', () => {
    const named = (text: string, index = 0, options: FeatureOptions = {glossary: true, ways: true}): string[] => {
      const {sentence, context} = sentencesOf(text)[index]!
      return sentenceFeatures(sentence, context, options).map((feature) => feature.name)
    }

    expect(named('Payment failed.')).toContain('ctx:way=none')
    expect(named('Payment failed. Try another card.')).toContain('ctx:way=elsewhere')
    expect(named('Payment failed. Try another card.', 1)).toContain('ctx:way=here')
    expect(named('Payment failed, call 0800 555 0100.')).toContain('ctx:way=here')
    expect(named('Payment failed.', 0, {glossary: true}).filter((name) => name.startsWith('ctx:way='))).toEqual([])
    expect(isShapeFeature('ctx:way=none')).toBe(true)
  })

  it('joins a failure with no way forward anywhere as one feature (deadEnds)', () => {
    const named = (text: string, index = 0): string[] => {
      const {sentence, context} = sentencesOf(text)[index]!
      return sentenceFeatures(sentence, context, {glossary: true, deadEnds: true}).map((feature) => feature.name)
    }

    expect(named('Your payment failed.')).toContain('x:fail&noway')
    expect(named('Not today, sorry!')).toContain('x:neg&noway')
    for (const [text, index] of [['Your payment failed. Try another card.', 0], ['Your payment failed, so we’ll refund you today.', 0], ['We could not reach you. Call us back on 0800 555 0100.', 0]] as const) {
      expect(named(text, index).filter((name) => name.startsWith('x:')), text).toEqual([])
    }
  })

  it('writes each sentence’s named features, repeats included, in reading order', () => {
    const differ: string[] = []
    for (const text of texts) {
      for (const {sentence, context} of sentencesOf(text)) {
        const written: number[] = []
        writeFeatures(sentence, context, every, {named: false, add: (bucket) => written.push(bucket)})
        const firsts = written.filter((bucket, index) => written.indexOf(bucket) === index)
        if (firsts.join() !== sentenceFeatures(sentence, context, every).map((feature) => feature.hash).join()) differ.push(text)
      }
    }

    expect(differ).toEqual([])
  })
})

describe('Scorer', () => {
  it('holds customer-blame to sentences aimed at the customer where the features ask for the gate (faultAim)', () => {
    const aimed = (text: string): boolean => aimsAtCustomer(segment(text)[0]!)
    for (const text of ['Your token is invalid.', 'That password was entered wrong.', 'Most customers manage this just fine.', 'Invalid PIN, try again.']) expect(aimed(text), text).toBe(true)
    for (const text of ['The connector token is invalid.', 'Payment failed on our side.', 'The server returned an error.']) expect(aimed(text), text).toBe(false)
    const gated = new Scorer({...model, features: {...model.features, faultAim: true}})
    const open = new Scorer(model)
    const rules = (scorer: Scorer, text: string): string[] => [...scorer.score(text).sentences[0]!.probabilities.keys()]
    expect(rules(open, 'The connector token is invalid.')).toContain('customer-blame')
    expect(rules(gated, 'The connector token is invalid.')).not.toContain('customer-blame')
    expect(rules(gated, 'The connector token is invalid.')).toContain('dead-end-error')
    expect(rules(gated, 'Your token is invalid, sorry.')).toContain('customer-blame')
  })

  it('refuses weights trained on another version of the features', () => {
    expect(() => new Scorer({...model, featureVersion: featureVersion - 1})).toThrow(/feature version/)
    expect(() => new Scorer({...model, featureVersion})).not.toThrow()
  })

  // The obvious scorer: per rule, bias plus the weight of each distinct bucket, in reading order.
  const rules = Object.entries(model.rules).map(([id, rule]) => {
    const weights = new Map<number, number>()
    decodeWeights(rule.weights, rule.scale, (bucket, weight) => weights.set(bucket, Math.fround(weight)))
    return {id, rule, weights}
  })

  it('gives every sentence the probabilities the obvious sum gives', () => {
    const scorer = new Scorer(model)
    for (const text of texts) {
      const scored = scorer.score(text).sentences
      const expected = sentencesOf(text)
        .filter(({sentence}) => countsAsSentence(sentence))
        .map(({sentence, context}) => {
          const features = sentenceFeatures(sentence, context, model.features)
          const probabilities = new Map<string, number>()
          for (const {id, rule, weights} of rules) {
            let z = rule.bias
            for (const feature of features) z += weights.get(feature.hash) ?? 0
            probabilities.set(id, sigmoid(rule.calibration[0] * z + rule.calibration[1]))
          }

          return {start: sentence.start, end: sentence.end, probabilities}
        })
      expect(scored).toEqual(expected)
    }
  })
})
