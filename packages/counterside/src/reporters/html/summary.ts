/** The report's summary: totals, errors against warnings, and findings by rule as a bar chart. */
import type {FileReport, LintMessage} from '../../messages.js'
import {escapeHtml} from './escape.js'
import {plural} from './file-section.js'

export interface Totals {
  readonly files: number
  readonly filesWithFindings: number
  readonly errors: number
  readonly warnings: number
  /** Findings the baseline holds (not in the reports), or undefined without a baseline. */
  readonly known: number | undefined
  readonly suppressed: number
}

export function totalsOf(reports: readonly FileReport[], known: ReadonlyMap<string, readonly LintMessage[]> | undefined): Totals {
  let knownCount = 0
  for (const messages of known?.values() ?? []) knownCount += messages.length
  return {
    files: reports.length,
    filesWithFindings: reports.filter((report) => report.messages.length > 0).length,
    errors: reports.reduce((sum, report) => sum + report.errorCount, 0),
    warnings: reports.reduce((sum, report) => sum + report.warningCount, 0),
    known: known ? knownCount : undefined,
    suppressed: reports.reduce((sum, report) => sum + report.suppressedMessages.length, 0)
  }
}

export function summaryHtml(totals: Totals, reports: readonly FileReport[], known: ReadonlyMap<string, readonly LintMessage[]> | undefined): string {
  const total = totals.errors + totals.warnings
  const item = (name: string, label: string, value: number, className = '') => `<div><dt>${label}</dt><dd data-count="${name}"${className ? ` class="${className}"` : ''}>${value}</dd></div>`
  const items = [
    item('files', 'Files', totals.files),
    item('files-with-findings', 'Files with findings', totals.filesWithFindings),
    item('findings', totals.known === undefined ? 'Findings' : 'New findings', total),
    item('errors', 'Errors', totals.errors, 'errors'),
    item('warnings', 'Warnings', totals.warnings, 'warnings'),
    totals.known === undefined ? '' : item('known', 'Known (baseline)', totals.known),
    totals.suppressed > 0 ? item('suppressed', 'Suppressed by directives', totals.suppressed) : ''
  ]
  const errorShare = total === 0 ? 0 : (100 * totals.errors) / total
  const split = total === 0
    ? ''
    : [
        `<div class="split" role="img" aria-label="${totals.errors} ${plural(totals.errors, 'error')} and ${totals.warnings} ${plural(totals.warnings, 'warning')}">`,
        `<span class="errors-bar" style="width:${errorShare.toFixed(2)}%"></span>`,
        `<span class="warnings-bar" style="width:${(100 - errorShare).toFixed(2)}%"></span></div>`,
        '<p class="legend" aria-hidden="true"><span class="swatch errors-bar"></span>errors <span class="swatch warnings-bar"></span>warnings</p>'
      ].join('')
  return `<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
<dl class="totals">${items.join('')}</dl>
${split}
${byRuleHtml(reports, known)}
</section>`
}

/** A table (so screen readers read rule, bar and count as a row) with a bar per rule, longest first. */
function byRuleHtml(reports: readonly FileReport[], known: ReadonlyMap<string, readonly LintMessage[]> | undefined): string {
  const counts = new Map<string, {reported: number; known: number}>()
  const count = (message: LintMessage, kind: 'reported' | 'known') => {
    const id = message.ruleId ?? ''
    const entry = counts.get(id) ?? {reported: 0, known: 0}
    entry[kind]++
    counts.set(id, entry)
  }

  for (const report of reports) for (const message of report.messages) count(message, 'reported')
  for (const messages of known?.values() ?? []) for (const message of messages) count(message, 'known')
  if (counts.size === 0) return '<p>No findings.</p>'
  const rows = [...counts].sort(([a, x], [b, y]) => y.reported - x.reported || y.known - x.known || a.localeCompare(b))
  const most = Math.max(...rows.map(([, entry]) => entry.reported), 1)
  const body = rows
    .map(([id, entry]) => {
      const name = id === '' ? 'notices (not a rule)' : id
      const knownCell = known ? `<td class="count" data-known>${entry.known}</td>` : ''
      return `<tr data-rule="${escapeHtml(id || 'notice')}"><th scope="row">${escapeHtml(name)}</th><td class="bar-cell"><span class="bar" style="width:${((100 * entry.reported) / most).toFixed(2)}%"></span></td><td class="count" data-reported>${entry.reported}</td>${knownCell}</tr>`
    })
    .join('\n')
  return `<h3 id="by-rule">Findings by rule</h3>
<table class="chart" aria-labelledby="by-rule"><thead><tr><th scope="col">Rule</th><th scope="col">Share</th><th scope="col">${known ? 'New' : 'Findings'}</th>${known ? '<th scope="col">Known</th>' : ''}</tr></thead>
<tbody>${body}</tbody></table>`
}
