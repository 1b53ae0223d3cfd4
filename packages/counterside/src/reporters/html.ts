/**
 * `--format html`: one self-contained page for a whole run (inline CSS and
 * script, no remote assets), for people rather than machines: a summary,
 * findings by rule, and per file its findings highlighted in their lines,
 * with the catalog key, suggestions and the file's perspective score; with
 * a baseline, new findings apart from known ones. The file's text is read
 * again here for the excerpts (reports do not carry it, see lint-file.ts).
 */
import {readFileSync} from 'node:fs'
import {decodeFile} from '../decode.js'
import type {FileReport, LintMessage} from '../messages.js'
import {displayPath, type Reporter, type ReportContext} from './reporter.js'
import {escapeHtml} from './html/escape.js'
import {LineStarts} from './html/excerpt.js'
import {fileSectionHtml, plural, type FileEntry} from './html/file-section.js'
import type {BaselineStatus} from './html/finding.js'
import {pagedScript, pagerScript} from './html/script.js'
import {stylesheet} from './html/style.js'
import {summaryHtml, totalsOf} from './html/summary.js'

export const html: Reporter = (reports, context) => {
  const known = context.baselineKnown
  const totals = totalsOf(reports, known)
  const files = reports.map((report, index) => ({report, entry: fileEntry(report, index, context)}))
  const withFindings = files.filter(({entry}) => entry.findings.length > 0)
  const clean = files.filter(({entry}) => entry.findings.length === 0)
  // One file's text at a time, read while its section is written.
  const sections = withFindings.map(({report, entry}) => fileSectionHtml(entry, linesOf(report.filePath, context)))
  const toc = withFindings.length > 1
    ? `<nav class="files" aria-labelledby="files-nav"><h2 id="files-nav">Files with findings</h2><ol>${withFindings.map(({entry}) => `<li><a href="#${entry.id}">${escapeHtml(entry.path)}</a> <span class="muted">(${entry.findings.length})</span></li>`).join('')}</ol></nav>`
    : ''
  const cleanList = clean.length === 0
    ? ''
    : `<details><summary>${clean.length} ${plural(clean.length, 'file')} without findings</summary><ul>${clean.map(({entry}) => `<li>${escapeHtml(entry.path)}</li>`).join('')}</ul></details>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>counterside report: ${totals.errors} ${plural(totals.errors, 'error')}, ${totals.warnings} ${plural(totals.warnings, 'warning')}</title>
<style>${stylesheet()}</style>
<script>${pagedScript}</script>
</head>
<body>
<a class="skip" href="#main">Skip to the findings</a>
<header><h1>counterside report</h1><p class="muted">Customer-facing copy checked by counterside ${escapeHtml(context.version)}. The perspective score is the share of the copy that centres the customer (100) rather than the seller (0).</p></header>
<main id="main">
${summaryHtml(totals, reports, known)}
${toc}
<section aria-labelledby="files-heading"><h2 id="files-heading">Findings by file</h2>
${sections.join('\n') || '<p>No findings.</p>'}
${cleanList}
</section>
</main>
<footer>Rule pages: <a href="https://github.com/counterside/counterside/tree/main/docs/rules">docs/rules</a>.</footer>
<script>${pagerScript}</script>
</body>
</html>
`
}

function fileEntry(report: FileReport, index: number, context: ReportContext): FileEntry {
  const known = context.baselineKnown?.get(report.filePath) ?? []
  const status = (kind: BaselineStatus): BaselineStatus => (context.baselineKnown ? kind : undefined)
  const findings = [
    ...report.messages.map((message) => ({message, status: status('new')})),
    ...known.map((message) => ({message, status: status('known')}))
  ].sort((a, b) => byPlace(a.message, b.message))
  return {
    id: `file-${index}`,
    path: displayPath(report.filePath, context.cwd),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    perspective: report.perspective,
    findings,
    suppressed: report.suppressedMessages.length
  }
}

function byPlace(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '')
}

/** The file's text for excerpts: from the run (stdin) or read again; undefined when it cannot be read or decoded. */
function linesOf(filePath: string, context: ReportContext): LineStarts | undefined {
  const given = context.sources?.get(filePath)
  if (given !== undefined) return new LineStarts(given)
  try {
    return new LineStarts(decodeFile(readFileSync(filePath)))
  } catch {
    return undefined
  }
}
