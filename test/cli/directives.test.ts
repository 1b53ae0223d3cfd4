/** Inline directives: disable, enable, next-line, reasons, unknown rules, unused reporting. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runJson} from './run-cli.js'

describe('directives', () => {
  it('suppresses by next line and by range until enable, keeping reasons', () => {
    const {results} = runJson(['directives'])
    const page = byFile(results, 'directives/page.md')
    expect(brief(page)).toEqual(['permission-gate@10:8-10:33', '-@15:1-15:52', 'dead-end-error@16:13-16:19'])
    expect(page?.messages[1]?.message).toMatch(/^Unknown rule `no-such-rule` in a counterside-disable-next-line directive; expected one of: .*sales-jargon/)
    expect(page?.suppressedMessages.map((message) => [message.ruleId, message.line, message.suppressions[0]?.justification])).toEqual([
      ['sales-jargon', 4, 'staff-only page'],
      ['permission-gate', 7, '']
    ])
  })

  it('works in HTML', () => {
    const {results} = runJson(['directives/page.html'])
    expect(brief(results[0])).toEqual(['dead-end-error@4:16-4:22'])
    expect(results[0]?.suppressedMessages[0]?.suppressions[0]?.justification).toBe('legacy kiosk screen')
  })

  it('reports unused directives when asked, at the asked severity', () => {
    const warn = byFile(runJson(['directives', '--report-unused-directives']).results, 'page.md')
    expect(brief(warn)).toContain('-@12:1-12:56')
    expect(warn?.messages.find((message) => message.line === 12)).toMatchObject({severity: 1, message: 'Unused counterside-disable-next-line directive (no problems were reported from `pressure-selling`)'})
    const error = byFile(runJson(['directives', '--report-unused-directives', 'error']).results, 'page.md')
    expect(error?.messages.find((message) => message.line === 12)?.severity).toBe(2)
    const off = byFile(runJson(['directives']).results, 'page.md')
    expect(off?.messages.some((message) => message.line === 12)).toBe(false)
  })
})
