/** `lintExtraction`, the IO-free middle of linting a file (the playground's, through `counterside/extract`). */
import {describe, expect, it} from 'vitest'
import {formatOf, lintExtraction, type ExtractionLintOptions} from '../src/extract.js'

const options: ExtractionLintOptions = {configFor: () => ({}), userSaysEnglish: true, failsOnUnchecked: () => false, reportUnusedDirectives: 1}

function lint(text: string, fileName: string, extra: Partial<ExtractionLintOptions> = {}) {
  const format = formatOf(fileName)!
  return lintExtraction(text, format.extract(text, fileName), format, {...options, ...extra})
}

describe('lintExtraction', () => {
  const catalog = JSON.stringify({checkout: {declined: 'Your card was declined.', thanks: 'Thanks, your order is on its way.'}, promo: 'We are excited to announce that we have upgraded our platform.'}, null, 2)

  it('puts findings on the file\'s offsets, with the message key and the confidence', () => {
    const {messages} = lint(catalog, 'messages.json')
    const declined = messages.find((message) => message.ruleId === 'dead-end-error')!
    expect(catalog.slice(declined.offset, declined.endOffset)).toBe('declined')
    expect(declined).toMatchObject({key: 'checkout.declined', line: 3, confidence: expect.any(Number)})
  })

  it('scores the perspective of a catalog\'s messages, not its syntax', () => {
    expect(lint(catalog, 'messages.json').perspective).toEqual({score: 50, customer: 2, seller: 1, neutral: 0, sentences: 3})
  })

  it('says when the copy is not checked, and scores nothing then', () => {
    const result = lint(JSON.stringify({thanks: 'Votre commande est en route.'}), 'locales/fr/messages.json')
    expect(result.checked).toBe(false)
    expect(result.messages).toHaveLength(1)
    expect(result.perspective).toBeUndefined()
  })
})
