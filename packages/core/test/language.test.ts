import fc from 'fast-check'
import {francAll} from 'franc-min'
import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../src/index.js'
import {trigramScores} from '../src/language.js'

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

// The scores are computed without franc-min's `francAll`, to the same numbers.
describe('trigramScores', () => {
  const only = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces', 'slk', 'hun', 'ron', 'ell', 'tur', 'rus', 'ukr', 'bul', 'arb', 'heb', 'pes', 'hin', 'ben', 'ind', 'vie', 'tha', 'cmn', 'jpn', 'kor']
  const reference = (text: string) => francAll(text, {only, minLength: 50})
  const samples = [
    'Your parcel is on its way. Track it from the link in this email, or reply if the address needs changing.',
    'Votre colis est en route. Suivez-le depuis le lien de ce message, ou répondez si l’adresse doit changer.',
    'Ihr Paket ist unterwegs. Verfolgen Sie es über den Link in dieser Nachricht oder antworten Sie uns.',
    'Ваша посылка в пути. Отследите её по ссылке в этом письме или ответьте, если адрес нужно изменить.',
    'Η παραγγελία σας είναι καθ’ οδόν. Παρακολουθήστε τη από τον σύνδεσμο σε αυτό το μήνυμα σήμερα.',
    'ご注文の商品は発送されました。このメールのリンクから配送状況を確認できます。住所の変更はご返信ください。',
    'החבילה שלך בדרך. אפשר לעקוב אחריה מהקישור בהודעה הזו, או להשיב אם צריך לשנות את הכתובת למשלוח.',
    'आपका पार्सल रास्ते में है। इस ईमेल के लिंक से उसे ट्रैक करें, या पता बदलना हो तो जवाब दें।',
    '1234 5678 ---- !!!! ???? 9999 0000 #### @@@@ $$$$ %%%% 1111 2222 3333 4444 5555 6666 7777',
    'ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም ሰላም ለዓለም'
  ]

  it.each(samples)('gives francAll’s scores for %j', (text) => {
    expect(trigramScores(text)).toEqual(reference(text))
  })

  it('gives francAll’s scores on long text, cut where franc cuts it', () => {
    const text = samples.slice(0, 3).join('\n\n').repeat(40)
    expect(text.length).toBeGreaterThan(2048)
    expect(trigramScores(text)).toEqual(reference(text))
  })

  it('gives francAll’s scores on random mixes of scripts, digits, punctuation and spaces', () => {
    const piece = fc.oneof(
      fc.constantFrom(...samples.flatMap((sample) => sample.split(' '))),
      fc.string({unit: fc.constantFrom('a', 'é', 'ß', 'я', 'λ', '字', 'ア', 'ש', 'क', '1', '!', '@', ' ', '\t', '\n', '\u00a0', '’', 'A', 'Z')})
    )
    fc.assert(fc.property(fc.array(piece, {minLength: 0, maxLength: 120}).map((pieces) => pieces.join(' ')), (text) => {
      expect(trigramScores(text)).toEqual(reference(text))
    }), {numRuns: 300})
  })
})
