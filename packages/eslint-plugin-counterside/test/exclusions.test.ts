/**
 * checkAllStrings: every other string is linted, minus the exclusions. Each
 * excluded string below is one the engine flags (checked first), so a case
 * passing means the exclusion worked, not that the words were harmless.
 */
import {lintText} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import plugin from '../src/index.js'
import {looksLikeCode} from '../src/looks-like-code.js'
import {tsxTester} from './setup-rule-tester.js'

const codeLike = [
  'upsell',
  'UPSELL',
  '/upsell/quota',
  'https://shop.example/upsell',
  'image/upsell',
  'DELETE FROM carts WHERE upsell = 1',
  'border: 1px solid red; content: upsell;'
]

describe('strings that look like code', () => {
  it.each(codeLike)('%s would be flagged, and is skipped as code', (text) => {
    expect(lintText(text).length).toBeGreaterThan(0)
    expect(looksLikeCode(text)).toBe(true)
  })

  it.each(['Upsell', 'Upsell the extended warranty', 'Don’t forget to upsell', 'Sign in'])('%s reads as copy', (text) => {
    expect(looksLikeCode(text)).toBe(false)
  })

  it('reads Tailwind-style class lists as code', () => {
    expect(looksLikeCode('flex items-center gap-2 text-red-500')).toBe(true)
    expect(looksLikeCode('Add to cart')).toBe(false)
  })
})

const ruleTester = tsxTester({counterside: {checkAllStrings: true}})
const jargon = plugin.rules['sales-jargon']

ruleTester.run('checkAllStrings exclusions', jargon, {
  valid: [
    "import upsell from 'upsell the extended warranty'",
    "export {upsell} from 'upsell the extended warranty'",
    "const m = require('upsell the extended warranty')",
    "const l = import('upsell the extended warranty')",
    "const o = {'upsell the extended warranty': 1, ['upsell the pastries']: 2}",
    "class A { 'upsell the pastries' = 1 }",
    "const a = <div className='upsell the pastries' style={{}} data-hint='upsell the pastries' key='upsell the pastries' id='upsell the pastries' href='upsell the pastries' src='upsell the pastries' />",
    "console.warn('upsell the pastries'); logger.info('upsell the pastries'); console.log(`upsell ${x}`)",
    "throw new Error('upsell the pastries')",
    "throw new TypeError('upsell the pastries')",
    ...codeLike.map((text) => `const v = ${JSON.stringify(text)}`),
    "if (mode === 'upsell the pastries') {}",
    "switch (mode) { case 'upsell the pastries': break }",
    "type Mode = 'upsell the pastries'",
    "const z = cart['upsell the pastries']",
    "const s = css`upsell the pastries`",
    "'use client'",
    "it('shows upsell the pastries', () => {})",
    "const c = 'upsell the pastries' as const"
  ],
  invalid: [
    {code: "const v = 'Upsell the pastries'", errors: [{messageId: 'finding', line: 1, column: 12, endLine: 1, endColumn: 18}]},
    {code: 'const w = <X render={() => `Upsell the pastries`} />', errors: [{messageId: 'finding', line: 1, column: 29, endLine: 1, endColumn: 35}]},
    {
      // An object value is checked; its key is not.
      code: "const o = {upsell: 'Upsell the pastries'}",
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 27}]
    }
  ]
})

ruleTester.run('without checkAllStrings, other strings are left alone', jargon, {
  valid: [
    {code: "const v = 'Upsell the pastries'", settings: {counterside: {checkAllStrings: false}}},
    {code: "setState('Upsell the pastries')", settings: {counterside: {checkAllStrings: false}}}
  ],
  invalid: [
    {
      // A rule option turns it on for that rule.
      code: "const v = 'Upsell the pastries'",
      settings: {counterside: {checkAllStrings: false}},
      options: [{checkAllStrings: true}],
      errors: [{messageId: 'finding', line: 1, column: 12, endLine: 1, endColumn: 18}]
    },
    {
      code: "say('Upsell the pastries')",
      settings: {counterside: {checkAllStrings: false}},
      options: [{callees: ['say']}],
      errors: [{messageId: 'finding', line: 1, column: 6, endLine: 1, endColumn: 12}]
    },
    {
      code: "const b = <Hint caption='Upsell the pastries' />",
      settings: {counterside: {checkAllStrings: false, attributes: ['caption']}},
      errors: [{messageId: 'finding', line: 1, column: 26, endLine: 1, endColumn: 32}]
    }
  ]
})
