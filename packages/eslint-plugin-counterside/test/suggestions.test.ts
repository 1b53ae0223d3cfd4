/**
 * Suggestions: each replaces its own range (the finding's words, or a whole
 * sentence), mapped through the copy unit and escaped for the notation it
 * lands in; one that crosses a segment (an element, an expression) or cannot
 * be escaped is left out. `hasSuggestions` is on exactly the rules that can
 * produce one.
 */
import {rules as registry, suggestingRules, type Suggestion} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import plugin from '../src/index.js'
import {sourceEdit} from '../src/source-edit.js'
import {TextUnitBuilder} from '../src/text-unit.js'
import {tsxTester} from './setup-rule-tester.js'

const ruleTester = tsxTester()
const {rules} = plugin

describe('hasSuggestions', () => {
  it('is set on exactly the rules that can produce a suggestion', () => {
    for (const info of registry) expect([info.id, rules[info.id].meta.hasSuggestions]).toEqual([info.id, suggestingRules.has(info.id)])
    // The set is derived from the rewrite families, and every rule now has one (shouting builds its own sentence case and single marks).
    expect(suggestingRules.has('shouting')).toBe(true)
    expect(registry.filter((info) => !suggestingRules.has(info.id)).map((info) => info.id)).toEqual([])
  })
})

ruleTester.run('shouting suggestions, exact outputs', rules.shouting, {
  valid: [],
  invalid: [
    {
      // An escaped quote in the source: the replacement is escaped again for the same quote.
      code: "alert('DON\\'T TOUCH THE SCREEN')",
      errors: [{messageId: 'finding', suggestions: [{messageId: 'replace', data: {desc: 'Replace “DON\'T TOUCH THE SCREEN” with “Don\'t touch the screen”'}, output: "alert('Don\\'t touch the screen')"}]}]
    },
    {
      // A JSX attribute: the replacement stays inside the quotes.
      code: 'const i = <input placeholder="ENTER YOUR PIN HERE" />',
      errors: [{messageId: 'finding', suggestions: [{messageId: 'replace', output: 'const i = <input placeholder="Enter your PIN here" />'}]}]
    },
    {
      // Stacked marks after an entity: only the marks are replaced, the entity is kept.
      code: 'const d = <p>Fish &amp; chips are ready!!!</p>',
      errors: [{messageId: 'finding', suggestions: [{messageId: 'replace', output: 'const d = <p>Fish &#38; chips are ready!</p>'}]}]
    }
  ]
})

ruleTester.run('a rule without suggestions', rules['sales-jargon'], {
  valid: [],
  invalid: [{code: "toast('Upsell the warranty.')", errors: [{messageId: 'finding', suggestions: []}]}]
})

describe('a suggestion as a source edit', () => {
  // 'Sorry, we're closed. GO AWAY.' written with an escape, then `+ name +`, then more text.
  const builder = new TextUnitBuilder()
  builder.segment({type: 'string', quote: "'"})
  const source = "'We\\'re closed. GO AWAY.' + name + ' Bye.'"
  let at = 1
  for (const char of "We're closed. GO AWAY.") {
    const width = char === "'" ? 2 : 1
    builder.push(char, at, at + width)
    at += width
  }

  builder.placeholder(source.indexOf('+'), source.lastIndexOf('+') + 1)
  builder.segment({type: 'string', quote: "'"})
  builder.push(' Bye.', source.lastIndexOf("'", source.length - 2) + 1, source.length - 1)
  const unit = builder.build()
  const edit = (offset: number, endOffset: number, text: string, scope: Suggestion['scope'] = 'sentence') =>
    sourceEdit(unit, {desc: '', text, offset, endOffset, scope})
  const apply = (change: ReturnType<typeof edit>) => change && source.slice(0, change.range[0]) + change.text + source.slice(change.range[1])

  it('replaces a whole sentence through an escape, escaping the new text', () => {
    expect(apply(edit(0, 13, "We'll be back soon."))).toBe("'We\\'ll be back soon. GO AWAY.' + name + ' Bye.'")
  })

  it('replaces its own range, not the finding\'s', () => {
    expect(apply(edit(14, 21, 'Go away', 'match'))).toBe("'We\\'re closed. Go away.' + name + ' Bye.'")
  })

  it('is left out when it crosses into another segment, or past the unit', () => {
    expect(edit(14, unit.text.length, 'Go away. Bye.')).toBeUndefined()
    expect(edit(0, unit.text.length + 1, 'x')).toBeUndefined()
    expect(edit(5, 5, 'x')).toBeUndefined()
  })

  it('is left out where the text is an expression', () => {
    expect(edit(23, 26, 'x')).toBeUndefined()
  })
})
