/**
 * A file's part of the report: its name, counts and perspective score, then
 * its findings in pages of `pageSize`. Every page is in the document (the
 * script shows one at a time), so every finding is reachable, searchable
 * and printed, and the counts are the file's, not the page's.
 */
import type {Perspective} from '@counterside/core'
import type {LintMessage} from '../../messages.js'
import {escapeHtml} from './escape.js'
import type {LineStarts} from './excerpt.js'
import {findingHtml, type BaselineStatus} from './finding.js'

export const pageSize = 50

export interface FileEntry {
  readonly id: string
  readonly path: string
  readonly errorCount: number
  readonly warningCount: number
  readonly perspective: Perspective | undefined
  /** The file's findings (reported and, with a baseline, known) in file order. */
  readonly findings: ReadonlyArray<{readonly message: LintMessage; readonly status: BaselineStatus}>
  readonly suppressed: number
}

export function fileSectionHtml(file: FileEntry, lines: LineStarts | undefined): string {
  const known = file.findings.filter((finding) => finding.status === 'known').length
  const counts = [
    `<span class="errors" data-count="errors">${file.errorCount} ${plural(file.errorCount, 'error')}</span>`,
    `<span class="warnings" data-count="warnings">${file.warningCount} ${plural(file.warningCount, 'warning')}</span>`,
    known > 0 ? `<span class="muted" data-count="known">${known} known</span>` : '',
    file.suppressed > 0 ? `<span class="muted">${file.suppressed} suppressed by directives</span>` : ''
  ].join(' ')
  const pages: string[] = []
  for (let first = 0; first < file.findings.length; first += pageSize) {
    const page = file.findings.slice(first, first + pageSize)
    pages.push(`<ol class="findings${first === 0 ? ' current' : ''}" data-first="${first + 1}" data-last="${first + page.length}">${page.map(({message, status}) => findingHtml(message, status, lines)).join('')}</ol>`)
  }

  const pager = pages.length > 1
    ? `<nav class="pager" aria-label="Pages of findings in ${escapeHtml(file.path)}" hidden><button type="button">Previous</button><span class="page-status" aria-live="polite"></span><button type="button">Next</button></nav>`
    : ''
  return `<section class="file" id="${file.id}" aria-labelledby="${file.id}-name" data-path="${escapeHtml(file.path)}"${pages.length > 1 ? ` data-pages="${pages.length}"` : ''}>
<div class="file-head"><h3 id="${file.id}-name">${escapeHtml(file.path)}</h3><span>${counts}</span>${perspectiveHtml(file.perspective)}</div>
${pager}${pages.join('\n')}
</section>`
}

export function perspectiveHtml(perspective: Perspective | undefined): string {
  if (!perspective) return ''
  const sentences = `${perspective.customer} customer, ${perspective.seller} seller, ${perspective.neutral} neutral ${plural(perspective.sentences, 'sentence')}`
  if (perspective.score === null) return `<span class="perspective" data-score="none">Perspective: no sentence takes a side <span class="muted">(${sentences})</span></span>`
  return [
    `<span class="perspective" data-score="${perspective.score}">Perspective: `,
    `<meter min="0" max="100" low="40" high="60" optimum="100" value="${perspective.score}" aria-label="Perspective score">${perspective.score}</meter> `,
    `<strong>${perspective.score}</strong>/100 customer-centred <span class="muted">(${sentences})</span></span>`
  ].join('')
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}
