/**
 * Valid and invalid cases for every rule: JSX text and attributes, callees,
 * template literals, concatenation, escapes, entities and non-ASCII, with
 * the exact range of the offending words.
 */
import {rules as registry, suggestingRules} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import plugin from '../src/index.js'
import {tsxTester} from './setup-rule-tester.js'

const ruleTester = tsxTester()
const {rules} = plugin

describe('one ESLint rule per engine rule', () => {
  it('derives the rules, their docs and descriptions from the registry', () => {
    expect(Object.keys(rules)).toEqual(registry.map((rule) => rule.id))
    for (const info of registry) {
      const rule = rules[info.id]
      expect(rule.meta.docs.description).toBe(info.description)
      expect(rule.meta.docs.url).toBe(info.url)
      expect(rule.meta.hasSuggestions).toBe(suggestingRules.has(info.id))
      expect(rule.meta.fixable).toBeUndefined()
    }
  })
})

ruleTester.run('seller-celebration', rules['seller-celebration'], {
  valid: [
    // Object keys and class names are never copy.
    "const o = {'CONGRATULATIONS ON ANOTHER GREAT DEAL': 1}",
    'const a = <p className="CONGRATULATIONS ON ANOTHER GREAT DEAL">Thank you</p>'
  ],
  invalid: [
    {
      code: 'const a = <p>CONGRATULATIONS ON ANOTHER GREAT DEAL</p>',
      errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 51}]
    }
  ]
})

ruleTester.run('sales-jargon', rules['sales-jargon'], {
  valid: [
    "import upsell from './Upsell the extended warranty'",
    "console.log('Upsell the extended warranty')",
    "const v = 'Upsell the extended warranty'"
  ],
  invalid: [
    {code: "alert('Upsell the extended warranty')", errors: [{messageId: 'finding', line: 1, column: 8, endLine: 1, endColumn: 14}]},
    {
      // Entities before the words: &eacute; and &amp; are one character each in the text.
      code: 'const e = <p>Caf&eacute; &amp; bar: upsell the pastries</p>',
      errors: [{messageId: 'finding', line: 1, column: 37, endLine: 1, endColumn: 43}]
    },
    {
      // Non-ASCII before the words: columns count UTF-16 code units, as ESLint's.
      code: 'message.info("Éxito. Upsell the pastries")',
      errors: [{messageId: 'finding', line: 1, column: 22, endLine: 1, endColumn: 28}]
    },
    {
      // &apos; in a JSX attribute string.
      code: "const l = <input placeholder='Don&apos;t forget to upsell' />",
      errors: [{messageId: 'finding', line: 1, column: 52, endLine: 1, endColumn: 58}]
    }
  ]
})

ruleTester.run('we-centered', rules['we-centered'], {
  valid: ['const b = <Banner data-note="Our policy does not allow returns" />'],
  invalid: [
    {
      code: 'const b = <Banner title="Our policy does not allow returns" />',
      errors: [{messageId: 'finding', line: 1, column: 26, endLine: 1, endColumn: 36}]
    }
  ]
})

ruleTester.run('exposed-internals', rules['exposed-internals'], {
  valid: ["throw new Error('Error 4012')", "logger.error('Error 4012')"],
  invalid: [
    {code: "toast.error('Error 4012')", errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 24}]}
  ]
})

ruleTester.run('customer-blame', rules['customer-blame'], {
  valid: ["const id = <p id='You entered the wrong PIN.' key='You entered the wrong PIN.'>PIN</p>"],
  invalid: [
    {
      // `\'` later in the literal does not move the range.
      code: "const m = <Dialog message={'You entered the wrong PIN. Don\\'t worry.'} />",
      errors: [{messageId: 'finding', line: 1, column: 29, endLine: 1, endColumn: 50, suggestions: [{messageId: 'replace', output: "const m = <Dialog message={'That PIN didn’t match. Try again. Don\\'t worry.'} />"}]}]
    },
    {
      // TSX generics before the attribute.
      code: 'const g = <List<string> label="You entered the wrong PIN." items={[]} />',
      errors: [{messageId: 'finding', line: 1, column: 32, endLine: 1, endColumn: 53, suggestions: [{messageId: 'replace', output: 'const g = <List<string> label="That PIN didn’t match. Try again." items={[]} />'}]}]
    }
  ]
})

ruleTester.run('permission-gate', rules['permission-gate'], {
  valid: ["const q = query('Please wait for manager approval' === status)"],
  invalid: [
    {code: 'confirm("Please wait for manager approval")', errors: [{messageId: 'finding', line: 1, column: 17, endLine: 1, endColumn: 42, suggestions: [{messageId: 'replace', output: 'confirm("A team member will finish this for you.")'}]}]},
    {
      // JSX text across lines reads as one sentence.
      code: 'const h = <p>\n  Please wait for\n  manager approval\n</p>',
      errors: [{messageId: 'finding', line: 2, column: 10, endLine: 3, endColumn: 19, suggestions: [{messageId: 'replace', output: 'const h = <p>\n  A team member will finish this for you.\n</p>'}]}]
    },
    {
      code: "const h = /* counterside: customer-facing */ 'Please wait for manager approval'",
      errors: [{messageId: 'finding', line: 1, column: 54, endLine: 1, endColumn: 79, suggestions: [{messageId: 'replace', output: "const h = /* counterside: customer-facing */ 'A team member will finish this for you.'"}]}]
    }
  ]
})

ruleTester.run('stepping-away', rules['stepping-away'], {
  valid: ["notification.open({key: 'Be right back', type: 'Be right back'})"],
  invalid: [
    {
      code: 'const c = <p>Be right back</p>',
      errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 27, suggestions: [{messageId: 'replace', output: 'const c = <p>I’ll be right with you.</p>'}]}]
    },
    {
      code: "notification.open({message: 'Saved', description: 'Be right back', key: 'Be right back'})",
      errors: [
        {
          messageId: 'finding',
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 65,
          suggestions: [{messageId: 'replace', output: "notification.open({message: 'Saved', description: 'I’ll be right with you.', key: 'Be right back'})"}]
        }
      ]
    }
  ]
})

ruleTester.run('pressure-selling', rules['pressure-selling'], {
  valid: ["const s = styled.div`Only 2 left! Buy now before it's gone`"],
  invalid: [
    {
      // \u2019 is six characters of source and one of text.
      code: "toast('Only 2 left! Buy now before it\\u2019s gone')",
      // The push goes and the stock count, a fact, stays, without the “only” that pushes it.
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 35, suggestions: [{messageId: 'replace', output: "toast('2 left!')"}]}]
    }
  ]
})

ruleTester.run('dead-end-error', rules['dead-end-error'], {
  valid: [
    "if (status === 'Transaction failed.') reset()",
    "switch (status) { case 'Transaction failed.': break }",
    "type Status = 'Transaction failed.'",
    "const label = t(isFailed ? 'FAILED' : 'payment.declined')"
  ],
  invalid: [
    {code: "showMessage('Transaction failed.')", errors: [{messageId: 'finding', line: 1, column: 26, endLine: 1, endColumn: 32, suggestions: [{messageId: 'replace', output: "showMessage('Transaction failed. Please try again.')"}]}]},
    {
      // Template expressions become a placeholder of the same length.
      code: 'toast.error(`Payment for ${order.id} failed.`)',
      errors: [{messageId: 'finding', line: 1, column: 38, endLine: 1, endColumn: 44}]
    },
    {code: "t('Transaction ' + 'failed.')", errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 27}]},
    {code: "t('Total: ' + total + '. Transaction failed.')", errors: [{messageId: 'finding', line: 1, column: 38, endLine: 1, endColumn: 44, suggestions: [{messageId: 'replace', output: "t('Total: ' + total + '. Transaction failed. Please try again.')"}]}]},
    {code: "const i = <p>Total {total}. {'Transaction failed.'}</p>", errors: [{messageId: 'finding', line: 1, column: 43, endLine: 1, endColumn: 49, suggestions: [{messageId: 'replace', output: "const i = <p>Total {total}. {'Transaction failed. Please try again.'}</p>"}]}]},
    {code: "const j = <p>{isError ? 'Transaction failed.' : 'Paid'}</p>", errors: [{messageId: 'finding', line: 1, column: 38, endLine: 1, endColumn: 44, suggestions: [{messageId: 'replace', output: "const j = <p>{isError ? 'Transaction failed. Please try again.' : 'Paid'}</p>"}]}]},
    {code: "const k = <p>{'Total: ' + total + '. Transaction failed.'}</p>", errors: [{messageId: 'finding', line: 1, column: 50, endLine: 1, endColumn: 56, suggestions: [{messageId: 'replace', output: "const k = <p>{'Total: ' + total + '. Transaction failed. Please try again.'}</p>"}]}]},
    {
      // formatjs: defaultMessage is copy, description is a note for translators.
      code: 'const f = <FormattedMessage defaultMessage="Transaction failed." description="Transaction failed." />',
      errors: [{messageId: 'finding', line: 1, column: 57, endLine: 1, endColumn: 63, suggestions: [{messageId: 'replace', output: 'const f = <FormattedMessage defaultMessage="Transaction failed. Please try again." description="Transaction failed." />'}]}]
    },
    {
      code: "defineMessages({failed: {id: 'pay.failed', defaultMessage: 'Transaction failed.', description: 'Transaction failed.'}})",
      errors: [{messageId: 'finding', line: 1, column: 73, endLine: 1, endColumn: 79, suggestions: [{messageId: 'replace', output: "defineMessages({failed: {id: 'pay.failed', defaultMessage: 'Transaction failed. Please try again.', description: 'Transaction failed.'}})"}]}]
    }
  ]
})

ruleTester.run('shouting', rules.shouting, {
  valid: ["const x = <p className='THANK YOU!!!'>Thank you</p>"],
  invalid: [
    {
      code: 'const d = <h1>Thank you for your patience!!!</h1>',
      errors: [
        {
          messageId: 'finding',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 45,
          suggestions: [{messageId: 'replace', output: 'const d = <h1>Thank you for your patience!</h1>'}]
        }
      ]
    },
    {
      code: 'toast(`Thank you for your patience!!!`)',
      errors: [
        {messageId: 'finding', line: 1, column: 35, endLine: 1, endColumn: 38, suggestions: [{messageId: 'replace', output: 'toast(`Thank you for your patience!`)'}]}
      ]
    },
    {
      code: 'const a = <p>CONGRATULATIONS ON ANOTHER GREAT DEAL</p>',
      errors: [
        {
          messageId: 'finding',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 51,
          suggestions: [{messageId: 'replace', output: 'const a = <p>Congratulations on another great deal</p>'}]
        }
      ]
    }
  ]
})
