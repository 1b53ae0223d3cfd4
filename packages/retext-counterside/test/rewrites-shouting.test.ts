import {describe, expect, it} from 'vitest'
import {oneMark, sentenceCase} from '../src/rewrites/shouting.js'
import {applied} from './support/suggest.js'

describe('rewrites: shouting', () => {
  it.each([
    ['LAST CHANCE TO ENTER YOUR PIN AT THE ATM', 'Last chance to enter your PIN at the ATM'],
    // Codes, bracketed text and acronyms in compounds stay as written.
    ['Hello. DO NOT REMOVE THE USB-C CABLE [DEVICE 4] NOW!?', 'Hello. Do not remove the USB-C cable [DEVICE 4] now!?'],
    ['PLEASE QUOTE REFERENCE A12B (NOT YOUR SKU) WHEN YOU CALL', 'Please quote reference A12B (NOT YOUR SKU) when you call']
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
})
