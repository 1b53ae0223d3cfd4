/**
 * examples/pos-terminal through ESLint's Node API with its own
 * eslint.config.js: exactly the planted strings are found, at the planted
 * words, and the staff panel keeps only the rules that apply to staff.
 */
import {ESLint} from 'eslint'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const example = fileURLToPath(new URL('../../../examples/pos-terminal/', import.meta.url))

it('finds exactly the planted seller-centred copy', async () => {
  const eslint = new ESLint({cwd: example})
  const results = await eslint.lintFiles(['src'])
  const found = results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(example.length)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort()
  expect(found).toEqual([
    'src/Checkout.tsx:21:9 counterside/sales-jargon',
    'src/Checkout.tsx:23:46 counterside/pressure-selling',
    'src/ErrorDialog.tsx:7:45 counterside/customer-blame',
    'src/ErrorDialog.tsx:7:45 counterside/dead-end-error',
    'src/ErrorDialog.tsx:8:62 counterside/dead-end-error',
    'src/ErrorDialog.tsx:9:49 counterside/stepping-away',
    'src/Payment.tsx:15:27 counterside/permission-gate',
    'src/Payment.tsx:21:41 counterside/dead-end-error',
    // JSX text through an inline <strong>: one sentence, reported from “wait” in the text before it.
    'src/Payment.tsx:32:40 counterside/permission-gate',
    'src/Receipt.tsx:6:11 counterside/seller-celebration',
    'src/Receipt.tsx:6:11 counterside/shouting',
    // Staff surface: the upsell heading and the manager-approval toast are fine for a cashier; blame is not.
    'src/staff/CashierPanel.tsx:10:27 counterside/customer-blame',
    'src/staff/CashierPanel.tsx:10:27 counterside/dead-end-error'
  ])
})
