import {lintText, type Finding} from '@counterside/core'
import {maskPlaceholders} from 'retext-counterside'
import {describe, expect, it} from 'vitest'
import {withPlaceholdersKept} from '../src/placeholder-suggestions.js'

const placeholder = /\{\{?[\w.]+\}?\}|%\d?\$?[sd]|:\w+/g
const apply = (text: string, {offset, endOffset, text: replacement}: Finding['suggestions'][number]): string =>
  `${text.slice(0, offset)}${replacement}${text.slice(endOffset)}`

/** A finding over `words` of `original` with one suggestion made from the masked text. */
function suggested(original: string, words: string, rewrite: (masked: string) => {offset: number; endOffset: number; text: string}, scope: 'match' | 'sentence' = 'sentence'): Finding {
  const masked = maskPlaceholders(original)
  const offset = original.indexOf(words)
  const suggestion = {...rewrite(masked), scope, desc: ''}
  const message = `“${words}” is a dead end. Write something like “${suggestion.text}”.`
  const finding = {ruleId: 'dead-end-error', message, offset, endOffset: offset + words.length, suggestions: [suggestion]} as unknown as Finding
  return withPlaceholdersKept(finding, original, masked)
}

describe('suggestions keep the placeholders of catalog messages', () => {
  it('puts back a placeholder the rewrite kept as its masked spaces', () => {
    const original = 'Unable to update {a} out of {b}.'
    const finding = suggested(original, 'Unable to', (masked) => ({offset: 0, endOffset: masked.length, text: `${masked} Please try again.`}))
    const [kept] = finding.suggestions
    expect(apply(original, kept!)).toBe('Unable to update {a} out of {b}. Please try again.')
    expect(kept!.desc).toContain('{a} out of {b}')
    // The message quotes the suggestion as it is offered, placeholders and all.
    expect(finding.message).toBe('“Unable to” is a dead end. Write something like “Unable to update {a} out of {b}. Please try again.”.')
  })

  it('drops a rewrite that lost or truncated a placeholder', () => {
    // The trimmed sentence end swallowed “{0}”; a shorter run of spaces is a truncated one.
    expect(suggested('The request returned error {0}.', 'error', () => ({offset: 0, endOffset: 31, text: 'The request returned error. Please try again.'})).suggestions).toEqual([])
    expect(suggested('Error {code} here.', 'Error', () => ({offset: 0, endOffset: 18, text: 'Error  here.'})).suggestions).toEqual([])
  })

  it('drops a rewrite whose range cuts a placeholder in two', () => {
    expect(suggested('Upload %1$s failed', 'Upload %1', () => ({offset: 0, endOffset: 9, text: 'Send'}), 'match').suggestions).toEqual([])
  })

  it('puts what a rewrite appended after the placeholder that ends the sentence', () => {
    const original = 'Failed to load {file}'
    const [kept] = suggested(original, 'Failed', () => ({offset: 0, endOffset: 14, text: 'Failed to load. Please try again.'})).suggestions
    expect(apply(original, kept!)).toBe('Failed to load {file}. Please try again.')
  })

  it('drops a sentence rewrite that changed the words beside a placeholder it could not see', () => {
    expect(suggested('{count} items could not be saved.', 'could not be saved', () => ({offset: 8, endOffset: 33, text: 'We couldn’t save the items. Please try again.'})).suggestions).toEqual([])
    expect(suggested('ServerError: Invalid response from {url}', 'ServerError', () => ({offset: 0, endOffset: 34, text: 'Something went wrong on our side.'})).suggestions).toEqual([])
  })

  it('leaves a rewrite of the words next to a placeholder alone', () => {
    const original = 'Hi {name}, YOUR ORDER IS READY'
    const [kept] = suggested(original, 'YOUR ORDER IS READY', () => ({offset: 11, endOffset: 30, text: 'your order is ready'}), 'match').suggestions
    expect(apply(original, kept!)).toBe('Hi {name}, your order is ready')
  })

  it.each([
    'The request returned error {0}.',
    'Unable to update {a} out of {b}.',
    'Failed to load {file}',
    'Expression has an error. {details}.',
    '{count} items could not be saved.',
    'Token {id} not found.',
    'Could not connect to %s',
    'ServerError: Invalid response from {url}',
    'YOUR CODE %s IS INVALID!!',
    'Sorry :name, your payment was declined.'
  ])('every suggestion for %j, applied, still has each placeholder once', (text) => {
    const placeholders = text.match(placeholder) ?? []
    for (const finding of lintText(text, undefined, {placeholders: 'values'})) {
      for (const suggestion of finding.suggestions) {
        const rewritten = apply(text, suggestion)
        expect(placeholders.map((name) => rewritten.split(name).length - 1), rewritten).toEqual(placeholders.map(() => 1))
      }
    }
  })
})
