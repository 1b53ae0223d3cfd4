/** XML catalogs located by a real parser: what used to be misread as structure. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runJson} from './run-cli.js'

describe('xml catalogs', () => {
  const {results} = runJson(['xml'])

  it('does not let a self-closing <string/> swallow the next string, nor CDATA or `>` in attributes end one', () => {
    // `upsell` is translatable="false"; only `note` is copy.
    expect(brief(byFile(results, 'res/values/strings.xml'))).toEqual(['sales-jargon@5:44-5:50 note'])
  })

  it('lints XLIFF unit sources, not <alt-trans> alternatives', () => {
    expect(brief(byFile(results, 'xml/alt.xlf'))).toEqual(['permission-gate@9:64-9:89 pay.wait'])
  })

  it('reads an XLIFF 1.2 source-language from <file>', () => {
    const french = byFile(results, 'xml/fr.xlf')
    expect(french?.messages).toHaveLength(1)
    expect(french?.messages[0]?.message).toBe('Not checked: this XLIFF is in French (fr), and counterside checks English copy only. Lint the English source catalog instead.')
  })
})
