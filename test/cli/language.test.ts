/** English first: prose and catalogs in another language are reported as not checked, never passed in silence. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runCli, runJson} from './run-cli.js'

const notice = {ruleId: null, severity: 1, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}
const hint = ' If it is English, say so with --language en or "language": "en" in the config.'

describe('language', () => {
  const {code, results} = runJson(['language'])

  it('does not lint a French Markdown page, and says so naming the language', () => {
    const page = byFile(results, 'language/fr-page.md')
    // The page quotes “Transaction failed.”, which would be a finding if it were linted.
    expect(page?.messages).toEqual([{...notice, message: `Not checked: this file looks like French (fra); counterside checks English copy only.${hint}`}])
    expect(page).toMatchObject({errorCount: 0, warningCount: 1, fatalErrorCount: 0, suppressedMessages: []})
  })

  it('does not lint a German HTML page', () => {
    expect(byFile(results, 'language/de-page.html')?.messages).toEqual([{...notice, message: `Not checked: this file looks like German (deu); counterside checks English copy only.${hint}`}])
  })

  it('still lints an English page', () => {
    expect(brief(byFile(results, 'language/en-page.md'))).toEqual(['permission-gate@6:8-6:33'])
  })

  it('trusts <html lang> over the text, and front matter lang over the text', () => {
    const french = byFile(results, 'language/declared-fr.html')
    expect(french?.messages).toEqual([{...notice, message: 'Not checked: this HTML is in French (fr), and counterside checks English copy only.'}])
    // Mostly French prose, declared English: linted.
    expect(brief(byFile(results, 'language/declared-en.md'))).toEqual(['permission-gate@8:8-8:33'])
  })

  it('lints a text too short for a verdict as before', () => {
    expect(byFile(results, 'language/short-fr.txt')?.messages).toEqual([])
  })

  it('identifies catalogs without language metadata from their strings', () => {
    expect(byFile(results, 'messages/checkout.json')?.messages).toEqual([{...notice, message: `Not checked: this file looks like French (fra); counterside checks English copy only. Lint the English source catalog instead.${hint}`}])
    expect(brief(byFile(results, 'messages/receipt.json'))).toEqual(['permission-gate@5:21-5:46 receipt.wait'])
  })

  it('counts the notices as warnings: only the English findings fail the run', () => {
    expect(code).toBe(1)
    const french = runCli(['language/fr-page.md', 'language/de-page.html'])
    expect(french.code).toBe(0)
    expect(french.stdout).toContain('language/fr-page.md\n  1:1  warning  Not checked: this file looks like French (fra)')
  })
})
