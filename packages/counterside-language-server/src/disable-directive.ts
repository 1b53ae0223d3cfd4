/**
 * "Disable <rule> for this line": where the `counterside-disable-next-line`
 * comment goes and how it is written, per format (docs/cli.md, Directives).
 * In a catalog the directive covers the whole next message, so it goes
 * above the line the message starts on, not inside a multi-line value.
 */
import {formatOf} from 'counterside'
import type {TextEdit} from 'vscode-languageserver/node'

type CommentStyle = (directive: string) => string

const html: CommentStyle = (directive) => `<!-- ${directive} -->`
const hash: CommentStyle = (directive) => `# ${directive}`
const slashes: CommentStyle = (directive) => `// ${directive}`
const mdx: CommentStyle = (directive) => `{/* ${directive} */}`

/** The CLI's format (by name) → comment style and the line the directive goes above; JSON, ARB and text have no comments. */
const styles: Readonly<Record<string, {readonly comment: CommentStyle; readonly anchor: (lines: readonly string[], line: number) => number}>> = {
  Markdown: {comment: html, anchor: sameLine},
  MDX: {comment: mdx, anchor: sameLine},
  HTML: {comment: html, anchor: sameLine},
  'gettext catalog': {comment: hash, anchor: poEntryStart},
  'gettext template': {comment: hash, anchor: poEntryStart},
  'YAML catalog': {comment: hash, anchor: yamlKeyLine},
  XLIFF: {comment: html, anchor: xmlElementStart},
  'Android strings': {comment: html, anchor: xmlElementStart},
  'Apple strings': {comment: slashes, anchor: stringsEntryStart}
}

/** The edit that disables `ruleId` for the finding on `line` (0-based), or undefined where the format has no comments. */
export function disableDirectiveEdit(filePath: string, text: string, line: number, ruleId: string): TextEdit | undefined {
  const format = formatOf(filePath)
  const style = format && styles[format.name]
  if (!style) return undefined
  const lines = text.split(/\r?\n|\r/)
  const anchor = style.anchor(lines, Math.min(line, lines.length - 1))
  const indent = /^[ \t]*/.exec(lines[anchor] ?? '')?.[0] ?? ''
  const newline = /\r\n/.test(text) ? '\r\n' : '\n'
  return {
    range: {start: {line: anchor, character: 0}, end: {line: anchor, character: 0}},
    newText: `${indent}${style.comment(`counterside-disable-next-line ${ruleId}`)}${newline}`
  }
}

function sameLine(_lines: readonly string[], line: number): number {
  return line
}

/** A PO entry's first keyword line (msgctxt or msgid): comments above it stay the entry's comments. */
function poEntryStart(lines: readonly string[], line: number): number {
  let start = line
  while (start > 0 && /^\s*(?:msg|")/.test(lines[start - 1]!)) start--
  return start
}

/** The `key:` line a (possibly block or folded) YAML value belongs to: the nearest line above at a smaller indentation, if the finding's line is not a key itself. */
function yamlKeyLine(lines: readonly string[], line: number): number {
  const isKey = (text: string) => /^\s*(?:-\s+)?(?:"[^"]*"|'[^']*'|[^\s#'"][^:#]*):(?:\s|$)/.test(text)
  if (isKey(lines[line]!)) return line
  const indentation = (text: string) => /^\s*/.exec(text)![0].length
  const own = indentation(lines[line]!)
  for (let above = line - 1; above >= 0; above--) {
    const text = lines[above]!
    if (text.trim() !== '' && indentation(text) < own && isKey(text)) return above
  }

  return line
}

/** The line that opens the XML element holding the text (`<source>`, `<string>`, `<item>`, `<plurals>`, `<string-array>`). */
function xmlElementStart(lines: readonly string[], line: number): number {
  for (let above = line; above >= 0; above--) {
    if (/<(?:source|string|item|plurals|string-array)[\s>]/.test(lines[above]!)) return above
  }

  return line
}

/** The line an Apple `"key" = "value";` entry starts on (its value may span lines). */
function stringsEntryStart(lines: readonly string[], line: number): number {
  for (let above = line; above >= 0; above--) {
    if (/^\s*"(?:[^"\\]|\\.)*"\s*=/.test(lines[above]!)) return above
    if (above < line && /;\s*(?:\/\/.*)?$/.test(lines[above]!)) break
  }

  return line
}
