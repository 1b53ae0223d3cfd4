/** One finding in the report: rule, severity, place, message, catalog key, the words in their lines, suggestions. */
import type {LintMessage} from '../../messages.js'
import {escapeHtml} from './escape.js'
import {excerptAt, type LineStarts} from './excerpt.js'

/** With a baseline, whether the finding is new or one the baseline holds. */
export type BaselineStatus = 'new' | 'known' | undefined

export function findingHtml(message: LintMessage, status: BaselineStatus, lines: LineStarts | undefined): string {
  const rule = message.ruleId
  const severity = message.severity === 2 ? 'error' : 'warning'
  const classes = ['finding', `sev-${severity}`, ...(status ? [status] : [])].join(' ')
  // Only web links: a report merged from shard files could carry any `url`, such as `javascript:`.
  const ruleName = rule === null ? '<span class="rule">notice</span>' : message.url && /^https?:\/\//i.test(message.url) ? `<a class="rule" href="${escapeHtml(message.url)}">${escapeHtml(rule)}</a>` : `<span class="rule">${escapeHtml(rule)}</span>`
  const head = [
    `<span class="sev">${severity}</span>`,
    ruleName,
    `<span class="place">line ${message.line}, column ${message.column}</span>`,
    status ? `<span class="badge ${status}">${status === 'new' ? 'new' : 'known (baseline)'}</span>` : '',
    message.key === undefined ? '' : `<span class="key">key <code>${escapeHtml(message.key)}</code></span>`
  ].join('')
  return `<li class="${classes}"${rule === null ? '' : ` data-rule="${escapeHtml(rule)}"`} data-status="${status ?? 'none'}"><div class="head">${head}</div><p class="message">${escapeHtml(message.message)}</p>${rule === null ? '' : contextHtml(message, rule, lines)}${suggestionsHtml(message)}</li>`
}

/** The words highlighted in their lines; just the words when the file's text is not at hand. */
function contextHtml(message: LintMessage, rule: string, lines: LineStarts | undefined): string {
  const excerpt = lines && message.offset !== undefined && message.endOffset !== undefined ? excerptAt(lines, message.offset, message.endOffset) : undefined
  const mark = (words: string) => `<mark data-rule="${escapeHtml(rule)}">${escapeHtml(words)}</mark>`
  if (!excerpt) return message.actual ? `<pre class="context">${mark(message.actual)}</pre>` : ''
  return `<pre class="context"><span class="ln" title="line ${excerpt.line}">${excerpt.line}</span>${escapeHtml(excerpt.before)}${mark(excerpt.words)}${escapeHtml(excerpt.after)}</pre>`
}

function suggestionsHtml(message: LintMessage): string {
  if (message.suggestions.length === 0) return ''
  return `<ul class="suggestions" aria-label="Suggestions">${message.suggestions.map((suggestion) => `<li>${escapeHtml(suggestion.desc)}</li>`).join('')}</ul>`
}
