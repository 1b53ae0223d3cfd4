/** Every input format: exact findings, positions and catalog keys from the built binary. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runJson} from './run-cli.js'

describe('formats', () => {
  const {code, results} = runJson(['formats'])

  it('exits 1 when there are errors', () => {
    expect(code).toBe(1)
  })

  it('lints Markdown prose and front matter, not code, inline code, URLs or comments', () => {
    expect(brief(byFile(results, 'formats/help.md'))).toEqual(['permission-gate@3:21-3:46', 'permission-gate@7:28-7:53'])
  })

  it('lints MDX with expression-comment directives and JSX text', () => {
    const page = byFile(results, 'formats/page.mdx')
    expect(brief(page)).toEqual(['sales-jargon@5:1-5:7', 'dead-end-error@10:19-10:25'])
    expect(page?.suppressedMessages.map((message) => [message.ruleId, message.line, message.suppressions[0]?.justification])).toEqual([['sales-jargon', 8, 'staff-only training page']])
  })

  it('lints HTML text and alt/placeholder attributes, not scripts or code', () => {
    expect(brief(byFile(results, 'formats/receipt.html'))).toEqual(['permission-gate@5:32-5:57', 'sales-jargon@6:23-6:29', 'customer-blame@7:21-7:42', 'dead-end-error@7:21-7:42'])
  })

  it('lints plain text', () => {
    expect(brief(byFile(results, 'formats/notice.txt'))).toEqual(['pressure-selling@3:1-3:6'])
  })

  it('lints JSON catalogs with keys, ICU branches and placeholders, skipping @ metadata', () => {
    expect(brief(byFile(results, 'locales/en/checkout.json'))).toEqual(['permission-gate@4:25-4:50 checkout.approval', 'sales-jargon@5:54-5:60 checkout.items'])
  })

  it('lints YAML catalogs, block scalars included', () => {
    expect(brief(byFile(results, 'locales/en/cashier.yml'))).toEqual(['sales-jargon@3:24-3:30 en.cashier.prompt', 'sales-jargon@7:7-7:13 en.cashier.total'])
  })

  it('lints PO msgid and English msgstr, joining continued lines', () => {
    expect(brief(byFile(results, 'locales/en/messages.po'))).toEqual([
      'dead-end-error@6:20-6:26 Transaction failed.',
      'dead-end-error@7:21-7:27 Transaction failed.',
      'permission-gate@10:15-11:18 button|Please wait for manager approval'
    ])
  })

  it('says plainly that a non-English catalog was not checked', () => {
    const french = byFile(results, 'locales/fr/messages.po')
    expect(french?.messages).toHaveLength(1)
    expect(french?.messages[0]).toMatchObject({ruleId: null, severity: 1, line: 1, column: 1})
    expect(french?.messages[0]?.message).toMatch(/Not checked: .* in French \(fr\), and counterside checks English copy only/)
  })

  it('lints XLIFF sources (not targets), with inline placeholders and entities', () => {
    expect(brief(byFile(results, 'formats/app.xlf'))).toEqual(['dead-end-error@6:29-6:35 pay.failed', 'permission-gate@10:48-10:72 pay.wait'])
  })

  it('lints Android strings and plurals, skipping translatable="false"', () => {
    expect(brief(byFile(results, 'res/values/strings.xml'))).toEqual(['customer-blame@4:26-4:47 blame', 'dead-end-error@4:26-4:47 blame', 'pressure-selling@6:30-6:35 left.one'])
  })

  it('lints Apple .strings', () => {
    expect(brief(byFile(results, 'en.lproj/Localizable.strings'))).toEqual(['dead-end-error@2:33-2:39 payment.failed'])
  })

  it('reports files in a deterministic order', () => {
    const paths = results.map((result) => result.filePath)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toHaveLength(11)
  })

  it('gives the same report with worker threads', () => {
    const parallel = runJson(['formats', '--concurrency', '2'])
    expect(parallel.results).toEqual(results)
  })
})
