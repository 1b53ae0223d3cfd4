/** HTML as browsers parse it, with every finding on the line and column it was written at. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runJson} from './run-cli.js'

describe('html', () => {
  const {code, results} = runJson(['html'])

  it('maps findings through entities, with or without a semicolon, and astral characters', () => {
    // `&copy 2024` and `&notit;` (¬it;) end where the HTML spec says; `&#x1F600;` is two UTF-16 units.
    expect(brief(byFile(results, 'html/entities.html'))).toEqual(['dead-end-error@4:47-4:53', 'dead-end-error@5:31-5:37', 'permission-gate@6:28-6:57'])
  })

  it('reads a sentence across nested inline elements and lines', () => {
    expect(brief(byFile(results, 'html/nested.html'))).toEqual(['permission-gate@1:32-2:32', 'dead-end-error@3:41-3:47'])
  })

  it('reads attributes written across lines, single-quoted or unquoted, with `>` in another value', () => {
    expect(brief(byFile(results, 'html/attributes.html'))).toEqual(['sales-jargon@2:11-2:17', 'dead-end-error@4:25-4:31', 'permission-gate@5:28-5:53', 'sales-jargon@6:20-6:26'])
  })

  it('recovers from malformed markup as a browser does, and still reports with a line', () => {
    const page = byFile(results, 'html/malformed.html')
    // The unfinished last tag is dropped, as a browser drops it; the rest is linted.
    expect(brief(page)).toEqual(['permission-gate@2:11-2:39'])
    expect(page?.fatalErrorCount).toBe(0)
    expect(code).toBe(1)
  })
})
