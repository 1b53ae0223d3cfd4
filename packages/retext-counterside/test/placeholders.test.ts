import {describe, expect, it} from 'vitest'
import {maskNonIcuPlaceholders, maskPlaceholders} from '../src/placeholders.js'

const visible = (text: string): string => maskPlaceholders(text).replace(/ +/g, ' ').trim()

describe('maskPlaceholders', () => {
  it.each([
    ['Hi {name}, your table is ready', 'Hi , your table is ready'],
    ['Hi {{first_name}}!', 'Hi !'],
    ['%s items left', 'items left'],
    ['%1$s of %2$d', 'of'],
    ['Hello %(name)s', 'Hello'],
    ['Total: %{amount}', 'Total:'],
    ['Welcome back, :name', 'Welcome back,'],
    ['Paid ${amount}', 'Paid'],
    ['Order %ORDER_ID% shipped', 'Order shipped'],
    ['{count, plural, one {# item} other {# items}} in your bag', 'item items in your bag'],
    ['{gender, select, female {She} male {He} undefined {They}} will call you', 'She He They will call you'],
    ['You saved {amount, number, currency}', 'You saved'],
    // A plural branch read apart from its message (the CLI's units): its `#` is the count.
    ['# files could not be saved', 'files could not be saved'],
    ['%d items, %% done, %.2f left, %@ sent', 'items, done, left, sent']
  ])('masks the syntax of %j', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it('keeps every offset', () => {
    const text = 'Hi {{first_name}}, {n, plural, one {# seat} other {# seats}} left — 10:30 at gate :gate'
    expect(maskPlaceholders(text)).toHaveLength(text.length)
    expect(maskPlaceholders(text).indexOf('seat')).toBe(text.indexOf('seat'))
  })

  it('leaves prose with colons, times, prices and stray braces alone', () => {
    for (const text of ['Note: open 10:30–18:00', 'Price: $5', 'https://example.com/help', 'Use {curly braces} sparingly?']) {
      expect(maskPlaceholders(text).trim().length).toBeGreaterThan(0)
    }

    expect(maskPlaceholders('Note: open 10:30–18:00')).toBe('Note: open 10:30–18:00')
    expect(maskPlaceholders('https://example.com/help')).toBe('https://example.com/help')
    // printf's space flag is not read: a percentage before a word is prose.
    expect(maskPlaceholders('100% sure, #1 in town, C# and #hashtag')).toBe('100% sure, #1 in town, C# and #hashtag')
  })

  it('leaves the ICU structure to an ICU parser when asked for the other syntaxes only', () => {
    const text = 'Hi {{name}}, {n, plural, one {# seat} other {# seats}} for %s'
    expect(maskNonIcuPlaceholders(text)).toBe('Hi         , {n, plural, one {# seat} other {# seats}} for   ')
  })
})
