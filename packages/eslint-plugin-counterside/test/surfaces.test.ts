/** Staff surfaces keep only the rules that still matter there. */
import {rules as registry} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import plugin, {staffSurfaceRules} from '../src/index.js'
import {tsxTester} from './setup-rule-tester.js'

const surfaces = {
  customer: {components: ['CustomerDisplay', 'Receipt']},
  staff: {components: ['CashierPanel'], files: ['src/staff/**']}
}
const ruleTester = tsxTester({counterside: {surfaces}})

describe('staff surface rules', () => {
  it('are engine rules, and not the ones about words only customers must not see', () => {
    for (const id of staffSurfaceRules) expect(registry.some((rule) => rule.id === id)).toBe(true)
    expect(staffSurfaceRules.has('sales-jargon')).toBe(false)
    expect(staffSurfaceRules.has('customer-blame')).toBe(true)
  })
})

ruleTester.run('sales-jargon on surfaces', plugin.rules['sales-jargon'], {
  valid: [
    'const p = <CashierPanel><p>Upsell the extended warranty</p></CashierPanel>',
    'function CashierPanel() { return <p>Upsell the extended warranty</p> }',
    'const CashierPanel = () => <p title="Upsell the extended warranty" />',
    {code: 'const p = <p>Upsell the extended warranty</p>', filename: 'src/staff/Till.tsx'}
  ],
  invalid: [
    {
      // The innermost surface wins: a customer display inside the cashier panel.
      code: 'const p = <CashierPanel><CustomerDisplay>Upsell the extended warranty</CustomerDisplay></CashierPanel>',
      errors: [{messageId: 'finding', line: 1, column: 42, endLine: 1, endColumn: 48}]
    },
    {code: 'const p = <p>Upsell the extended warranty</p>', filename: 'src/customer/Screen.tsx', errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 20}]}
  ]
})

ruleTester.run('customer-blame on staff surfaces', plugin.rules['customer-blame'], {
  valid: [],
  invalid: [
    {
      code: 'const p = <CashierPanel><p>You entered the wrong PIN.</p></CashierPanel>',
      errors: [
        {
          messageId: 'finding',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 49,
          suggestions: [{messageId: 'replace', output: 'const p = <CashierPanel><p>That PIN didn’t match. Try again.</p></CashierPanel>'}]
        }
      ]
    }
  ]
})
