import {describe, expect, it} from 'vitest'
import {applyDirectives, parseDirective, type Directive} from '../src/index.js'

const at = (line: number, column = 1) => ({line, column, endLine: line, endColumn: column + 30})
const finding = (ruleId: string, line: number, column = 1) => ({ruleId, line, column})

describe('parseDirective', () => {
  it('reads the kind, the rules and a reason after --', () => {
    expect(parseDirective(' counterside-disable-next-line sales-jargon, shouting -- staff-only page ', at(3))).toEqual({
      kind: 'disable-next-line',
      rules: ['sales-jargon', 'shouting'],
      reason: 'staff-only page',
      ...at(3)
    })
    expect(parseDirective('counterside-enable', at(1))).toEqual({kind: 'enable', rules: [], reason: undefined, ...at(1)})
  })

  it('ignores other comments', () => {
    expect(parseDirective(' a note for translators ', at(1))).toBeUndefined()
    expect(parseDirective('counterside-disabled', at(1))).toBeUndefined()
  })
})

describe('applyDirectives', () => {
  const directives = [
    parseDirective('counterside-disable-next-line sales-jargon -- staff page', at(2)),
    parseDirective('counterside-disable shouting', at(5)),
    parseDirective('counterside-enable shouting', at(8))
  ] as Directive[]

  it('suppresses the next line for the named rule only, and keeps the reason', () => {
    const outcome = applyDirectives([finding('sales-jargon', 3), finding('permission-gate', 3)], directives)
    expect(outcome.kept).toEqual([finding('permission-gate', 3)])
    expect(outcome.suppressed.map(({finding, directive}) => [finding.line, directive.reason])).toEqual([[3, 'staff page']])
  })

  it('suppresses a rule between disable and enable', () => {
    const outcome = applyDirectives([finding('shouting', 4), finding('shouting', 6), finding('shouting', 9)], directives)
    expect(outcome.kept.map((item) => item.line)).toEqual([4, 9])
  })

  it('reports unknown rules always and unused directives on request', () => {
    const typo = parseDirective('counterside-disable sales-jargn', at(1))!
    expect(applyDirectives([], [typo]).problems.map((problem) => [problem.kind, problem.message])).toEqual([
      ['unknown-rule', expect.stringContaining('Unknown rule `sales-jargn` in a counterside-disable directive; expected one of: seller-celebration,')]
    ])
    expect(applyDirectives([], directives).problems).toEqual([])
    expect(applyDirectives([], directives, true).problems.map((problem) => problem.message)).toEqual([
      'Unused counterside-disable-next-line directive (no problems were reported from `sales-jargon`); reason given: “staff page”',
      'Unused counterside-disable directive (no problems were reported from `shouting`)'
    ])
  })
})
