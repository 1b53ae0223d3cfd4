/**
 * What `--fix-suggestions` did, on stderr (stdout is the report's): each fix
 * made, each left for a person and why, and a count. Lines and columns are
 * where the words were before the fix.
 */
import type {FixedFile} from './fix-file.js'
import {diagnostic} from './printable.js'
import {displayPath} from './reporters/reporter.js'

export function fixReport(fixed: ReadonlyArray<{readonly filePath: string; readonly fixed: FixedFile}>, cwd: string): string {
  let text = ''
  let applied = 0
  let left = 0
  let files = 0
  for (const {filePath, fixed: outcome} of fixed) {
    const shown = displayPath(filePath, cwd)
    for (const change of outcome.applied) text += diagnostic(`fixed ${shown}:${change.line}:${change.column} ${change.ruleId}: “${change.before}” → “${change.after}”`)
    for (const skipped of outcome.left) text += diagnostic(`not fixed ${shown}:${skipped.line}:${skipped.column} ${skipped.ruleId}: ${skipped.reason}`)
    applied += outcome.applied.length
    left += outcome.left.length
    if (outcome.applied.length > 0) files++
  }

  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return text + diagnostic(`--fix-suggestions: applied ${plural(applied, 'suggestion')} in ${plural(files, 'file')}${left > 0 ? `; ${left} left to make by hand` : ''}`)
}
