import {describe, expect, it} from 'vitest'
import {oneMark, sentenceCase} from '../src/rewrites/shouting.js'
import {rewritesFor} from '../src/rewrites/index.js'
import {applied} from './support/suggest.js'

describe('rewrites: shouting', () => {
  it.each([
    ['LAST CHANCE TO ENTER YOUR PIN AT THE ATM', 'Last chance to enter your PIN at the ATM'],
    // Codes, bracketed text and acronyms in compounds stay as written.
    ['Hello. DO NOT REMOVE THE USB-C CABLE [DEVICE 4] NOW!?', 'Hello. Do not remove the USB-C cable [DEVICE 4] now!?'],
    ['PLEASE QUOTE REFERENCE A12B (NOT YOUR SKU) WHEN YOU CALL', 'Please quote reference A12B (NOT YOUR SKU) when you call'],
    // Software's two-letter acronyms too.
    ['TRY THE NEW UI AND SIGN IN WITH SSO', 'Try the new UI and sign in with SSO']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, 'shouting')).toEqual([expected])
  })

  it('keeps mixed-case brand words, “I” and a capital after a full stop', () => {
    expect(sentenceCase('BRING YOUR iPhone. I’LL HELP', true)).toBe('Bring your iPhone. I’ll help')
    expect(sentenceCase('NOT YOUR FAULT', false)).toBe('not your fault')
    // A lone capital is a word (“A receipt”), not a code, unless it is part of one (“USB-C”).
    expect(sentenceCase('ALL RETURNS NEED A RECEIPT', true)).toBe('All returns need a receipt')
  })

  it('collapses stacked marks to one, rewriting their sentence', () => {
    expect(applied('Your order is ready!! Collect it today.', 'shouting')).toEqual(['Your order is ready! Collect it today.'])
    expect(applied('Why haven’t you paid yet??', 'shouting')).toEqual(['Why haven’t you paid yet?'])
    expect(oneMark('?!?')).toBe('?')
  })

  // One mark on a sentence still in capitals, or calm capitals beside stacked marks, would still shout.
  it.each([
    ['Your parcel is ARRIVING TODAY!! Track it in the app.', 'shouting', 'Your parcel is arriving today! Track it in the app.'],
    ['Your bill is OVERDUE!!', 'shouting', 'Your bill is overdue!'],
    // A run that stops at a number leaves the capitals after it: the whole sentence, calm.
    ['PLEASE PAY THE BALANCE OF £20.50 TODAY.', 'shouting', 'Please pay the balance of £20.50 today.'],
    // A number with a word is not a code: “11-digit”, “3pm”.
    ['TYPE YOUR 16-DIGIT CARD NUMBER', 'shouting', 'Type your 16-digit card number'],
    ['DOORS OPEN AT 7PM SHARP', 'shouting', 'Doors open at 7pm sharp']
  ])('%j → %j', (text, ruleId, expected) => {
    expect(applied(text, ruleId)).toEqual([expected])
  })

  it('leaves a capital run beside stacked marks to the run’s own fix: two fixes that do not overlap', () => {
    const text = 'BIG SALE STARTS TODAY!!!'
    const fixes = (start: number, end: number) => rewritesFor({ruleId: 'shouting', text, start, end, way: {}})
    expect(fixes(0, 21)).toEqual([{text: 'Big sale starts today', offset: 0, endOffset: 21, scope: 'match'}])
    expect(fixes(21, 24)).toEqual([{text: 'BIG SALE STARTS TODAY!', offset: 0, endOffset: 24, scope: 'sentence'}])
  })

  it('keeps quoted capitals as written', () => {
    expect(applied('Say “THANK YOU” now!!!', 'shouting')).toEqual(['Say “THANK YOU” now!'])
  })

  // Capitals that are format tokens or file types are names, not shouting.
  it('keeps file types in capitals, and offers none where a list would come out half lowered', () => {
    expect(sentenceCase('SEND A PDF, JPEG OR PNG', true)).toBe('Send a PDF, JPEG or PNG')
    expect(sentenceCase('TIFF, APNG, WEBP, PIXELS', false)).toBe('TIFF, APNG, WEBP, PIXELS')
    expect(applied('Photos can be uploaded as HEIC, TIFF, APNG, WEBP, XCF, PSD.', 'shouting')).toEqual([])
  })

  it('keeps date and time format tokens', () => {
    expect(sentenceCase('DD MMMM YYYY', true)).toBe('DD MMMM YYYY')
    expect(applied('Date format: DD MMMM YYYY', 'shouting')).toEqual([])
  })

  it('keeps a run that starts or ends inside brackets as the brackets are', () => {
    expect(sentenceCase('TITLE]-[CHAPTER][PAGE', false)).toBe('TITLE]-[CHAPTER][PAGE')
    expect(sentenceCase('NOTE] PLEASE READ', false)).toBe('NOTE] please read')
    expect(applied('Page label pattern: [TITLE]-[CHAPTER][PAGE] as you like', 'shouting')).toEqual([])
  })

  it('leaves a lone short word in capitals beside one mark alone (a brand, not shouting)', () => {
    expect(applied('New at IKEA!!', 'shouting')).toEqual(['New at IKEA!'])
  })
})
