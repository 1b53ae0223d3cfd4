/**
 * The one placeholder grammar: each form the real catalogs use (and the
 * issue lists) read as a value, the words some syntax wraps kept, prose
 * left alone, and, over random messages, every word the customer reads
 * kept in place while every character of syntax is blanked.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {maskNonIcuPlaceholders, maskPlaceholders} from '../src/placeholders.js'

const visible = (text: string): string => maskPlaceholders(text).replace(/ +/g, ' ').trim()

describe('maskPlaceholders', () => {
  it.each([
    ['Hi {name}, your table is ready', 'Hi , your table is ready'],
    ['Sign in to {0}', 'Sign in to'],
    ['Hi {{first_name}}!', 'Hi !'],
    ['Expires {{ date }}', 'Expires'],
    ['Expected {{- options}}', 'Expected'],
    ['Password {{rules, list}}.', 'Password .'],
    ['Link your {{methods, list(type: disjunction;)}} to sign in', 'Link your to sign in'],
    ["Renews {{ date | shortDate('en-US') }}", 'Renews'],
    ['Continue with {{provider|titleize}}', 'Continue with'],
    ['%s items left', 'items left'],
    ['%1$s of %2$d', 'of'],
    ['Hello %(name)s', 'Hello'],
    ['Total: %{amount}', 'Total:'],
    ['Welcome back, :name', 'Welcome back,'],
    ['Paid ${amount}', 'Paid'],
    ['Order %ORDER_ID% shipped', 'Order shipped'],
    ['Pay %@ now', 'Pay now'],
    // CKEditor's positional values carry no type.
    ['Resize image to %0', 'Resize image to'],
    ['{count, plural, one {# item} other {# items}} in your bag', 'item items in your bag'],
    ['{gender, select, female {She} male {He} undefined {They}} will call you', 'She He They will call you'],
    ['You saved {amount, number, currency}', 'You saved'],
    // A plural branch read apart from its message (the CLI's units): its `#` is the count.
    ['# files could not be saved', 'files could not be saved'],
    ['%d items, %.2f left, %@ sent', 'items, left, sent']
  ])('reads %j as values', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it.each([
    // Adyen renders the words between a `%#` pair as a link, or as a countdown's "5 minutes".
    ['By paying you agree to the %#terms of sale%#.', 'By paying you agree to the terms of sale .'],
    ['%#minutes%# %#seconds%# left to pay', 'minutes seconds left to pay'],
    // Clerk's link modifier shows its quoted words as the link.
    ['Read our {{ refundLink || link("refund policy") }} first', 'Read our refund policy first'],
    // Uploadcare renders the key as the word in the count's plural form.
    ['{{count}} {{plural:photo(count)}} added', 'photo added']
  ])('keeps the words that %j shows the customer', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it.each([
    // printf's `%%` prints one percent sign: it is the prose's, after any value.
    ['%d%% off today', '% off today'],
    ['%1$d%% off today', '% off today'],
    ['%.1f%% of your quota', '% of your quota'],
    ['Done: %% of %s', 'Done: % of'],
    // One-letter names are printf conversions: a value and a percent sign, or two values.
    ['Save %d% now', 'Save % now'],
    ['%s%s', '']
  ])('reads the percent signs of %j as printf does', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it.each([
    ['Cart #{{code}}', 'Cart #'],
    ['Recovery code #{0}', 'Recovery code #'],
    ['Unlabeled column #%{column}', 'Unlabeled column #'],
    ['Order #', 'Order #'],
    ['Use a fragment (#) here', 'Use a fragment (#) here']
  ])('reads the number sign of %j as prose', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it.each([
    // In an ICU message an apostrophe before a brace quotes: the customer reads the braces.
    ["Type '{code}' to {n, plural, one {skip # step} other {skip # steps}}", 'Type {code} to skip step skip steps'],
    ["{n, plural, one {'#' # item} other {'#' # items}}", '# item # items'],
    // `''` is one apostrophe and quotes nothing: the value after it is still one.
    ["It''s {name}''s turn: {n, number} left", "It''s ''s turn: left"],
    ["{n, plural, one {Don''t wait} other {Don''t wait for {name}}}", "Don''t wait Don''t wait for"],
    // Outside ICU, apostrophes are the prose's quotation marks around a value (Keycloak, SurveyJS, Docusaurus).
    ["Signed in as '{0}' already", "Signed in as ' ' already"],
    ["Path '%{path}' already exists", "Path ' ' already exists"],
    // i18next's formats are not ICU: its `one {{…}}` is still a value.
    ["Pick one {{methods, list}} for '{0}'", "Pick one for ' '"]
  ])('reads the apostrophes of %j as its syntax quotes them', (text, expected) => {
    expect(visible(text)).toBe(expected)
  })

  it('keeps every offset', () => {
    const text = 'Hi {{first_name}}, {n, plural, one {# seat} other {# seats}} left — 10:30 at gate :gate, %#see the map%#'
    expect(maskPlaceholders(text)).toHaveLength(text.length)
    expect(maskPlaceholders(text).indexOf('seat')).toBe(text.indexOf('seat'))
    expect(maskPlaceholders(text).indexOf('see the map')).toBe(text.indexOf('see the map'))
  })

  it('leaves prose with colons, times, prices, percentages and stray braces alone', () => {
    for (const text of [
      'Note: open 10:30–18:00',
      'Price: $5',
      'https://example.com/help',
      'Use {curly braces} sparingly?',
      'E.g., {company name} - {provider name}',
      'Accepts CSS values (px, %, in, pt)',
      // printf's space flag is not read: a percentage before a word is prose.
      '100% sure, 10% off, #1 in town, C# and #hashtag',
      'Scope: read:resource or urn:example:sp'
    ]) {
      expect(maskPlaceholders(text)).toBe(text)
    }
  })

  it('leaves the ICU structure to an ICU parser when asked for the other syntaxes only', () => {
    const text = 'Hi {{name}}, {n, plural, one {# seat} other {# seats}} for %s, see %#terms%#'
    expect(maskNonIcuPlaceholders(text)).toBe('Hi         , {n, plural, one {# seat} other {# seats}} for   , see   terms  ')
  })
})

/** A piece of a message: its text, and per character whether the customer reads it (kept) or it is syntax (blanked). */
interface Piece {
  readonly text: string
  readonly kept: readonly boolean[]
}

const prose = (text: string): Piece => ({text, kept: [...text].map(() => true)})
const syntax = (text: string): Piece => ({text, kept: [...text].map(() => false)})
const join = (...pieces: Piece[]): Piece => ({text: pieces.map((piece) => piece.text).join(''), kept: pieces.flatMap((piece) => piece.kept)})

// Words chosen where a grammar could go wrong: marks, apostrophes, colons, numbers and symbols next to syntax.
const word = fc.constantFrom('Your', 'order', 'ready', "it's", 'customers’', "customers'", 'we’re', '100%', 'C#', '#1', '10:30', 'e-mail', 'Note:', '$5', 'O’Brien', 'https://example.com/help', 'minutes', 'x').map(prose)
const name = fc.constantFrom('name', 'count', 'first_name', 'user.email', 'ORDER_ID', 'n')
const value = fc.oneof(
  name.map((n) => syntax(`{${n}}`)),
  fc.constantFrom('{0}', '{1}', '{{name}}', '{{ date }}', '{{- keys}}', '{{items, list}}', "{{ date | shortDate('en-US') }}", '${total}', '%s', '%d', '%1$s', '%2$d', '%.2f', '%@', '%(name)s', '%{label}', ':name', '%ORDER_ID%', '%0', '{n, number}').map(syntax),
  fc.constant(join(syntax('%'), prose('%')))
)
// Words a wrapper can hold: its syntax ends at a percent sign or a quote.
const linkWords = fc.array(word.filter(({text}) => !/[%'"]/.test(text)), {minLength: 1, maxLength: 3}).map((list) => join(...spaced(list)))
// Syntax around words the customer reads.
const wrapped = fc.oneof(
  linkWords.map((inner) => join(syntax('%#'), inner, syntax('%#'))),
  linkWords.map((inner) => join(syntax('{{ policyLink || link("'), inner, syntax('") }}'))),
  fc.constantFrom('file', 'photo', 'error').map((key) => join(syntax('{{plural:'), prose(key), syntax('(count)}}')))
)
// Inside a plural, `#` is the count and an apostrophe before a brace quotes it: branch words have neither.
const branchWord = word.filter(({text}) => !text.includes('#') && !text.endsWith("'"))
const branch = fc.array(fc.oneof(branchWord, value, fc.constant(join(syntax('#'), prose(' items')))), {minLength: 1, maxLength: 4})
const plural = fc.tuple(branch, branch).map(([one, other]) =>
  join(syntax('{n, plural, one {'), ...spaced(one), syntax('} other {'), ...spaced(other), syntax('}}'))
)
const separator = fc.constantFrom(' ', ', ', '. ', ' — ', '\n', ' (', ') ').map(prose)

function spaced(pieces: readonly Piece[]): Piece[] {
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : [prose(' '), piece]))
}

describe('maskPlaceholders on random messages', () => {
  it('keeps every word in its place and blanks every character of syntax', () => {
    const message = fc
      .array(fc.tuple(fc.oneof({weight: 3, arbitrary: word}, {weight: 2, arbitrary: value}, wrapped, plural), separator), {minLength: 1, maxLength: 12})
      .map((parts) => join(...parts.flat()))
    fc.assert(
      fc.property(message, ({text, kept}) => {
        const masked = maskPlaceholders(text)
        expect(masked).toHaveLength(text.length)
        const wrong = [...text].flatMap((char, index) => ((kept[index] ? masked[index] === char : masked[index] === ' ') ? [] : [index]))
        expect(wrong, `${JSON.stringify(text)}\n${JSON.stringify(masked)}`).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})
