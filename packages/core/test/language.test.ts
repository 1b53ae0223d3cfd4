import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../src/index.js'

describe('detectLanguage', () => {
  it('names English copy as English', () => {
    expect(detectLanguage('Thanks for your purchase. Your receipt is in your inbox, and returns are free for 30 days.')).toEqual({code: 'eng', name: 'English', english: true, englishScore: 1})
  })

  it.each([
    ['Merci pour votre achat. Votre reçu est dans votre boîte mail et les retours sont gratuits.', 'French'],
    ['Vielen Dank für Ihren Einkauf. Ihre Quittung finden Sie in Ihrem Posteingang.', 'German'],
    ['Gracias por su compra. Su recibo está en su bandeja de entrada y las devoluciones son gratis.', 'Spanish']
  ])('names %j as not English', (text, name) => {
    expect(detectLanguage(text)).toMatchObject({name, english: false})
  })

  it('gives no verdict on a few words, where trigrams mislead', () => {
    expect(detectLanguage('Upsell: extended warranty')).toBeUndefined()
    expect(detectLanguage('')).toBeUndefined()
  })
})
