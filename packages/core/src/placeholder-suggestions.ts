/**
 * Suggestions over text whose placeholders were masked (`placeholders:
 * 'values'`). The rules read `{0}` as spaces of the same length, so a
 * rewrite made from the masked text holds those spaces, or loses them (a
 * trimmed sentence end, a dropped clause). Applied to the original, it
 * would delete or truncate the placeholder the code fills in. Each
 * placeholder the suggestion's range covers is put back where the rewrite
 * kept its masked run; a suggestion that lost or split one is dropped:
 * no suggestion is better than a message that no longer renders.
 */
import {describeSuggestion, type Finding, type Suggestion} from './findings.js'

/**
 * `finding` with its suggestions read against the original text; `masked` is
 * what the rules linted. The message quotes a suggestion as the rules wrote
 * it (“Write something like …”): the quote gets the placeholders back too.
 */
export function withPlaceholdersKept(finding: Finding, original: string, masked: string): Finding {
  let message = finding.message
  const suggestions = finding.suggestions.flatMap((suggestion) => {
    const within = restored(suggestion, original, masked)
    const kept = within === undefined ? undefined : beside({...suggestion, text: within}, original, masked)
    if (!kept) return []
    if (kept.text === suggestion.text && kept.endOffset === suggestion.endOffset) return [suggestion]
    message = message.replaceAll(`“${suggestion.text}”`, `“${kept.text}”`)
    const own = kept.scope === 'match' && kept.offset === finding.offset && kept.endOffset === finding.endOffset
    return [{...kept, desc: describeSuggestion(kept.text, kept.scope, own ? original.slice(finding.offset, finding.endOffset) : '')}]
  })
  return {...finding, message, suggestions}
}

/**
 * A sentence rewrite next to a placeholder it could not see: the rules'
 * sentence stops at the last word before a trailing `{url}` and starts at
 * the first after a leading `{count}`. What the rewrite appended (a next
 * step) goes after the trailing placeholder; a rewrite that changed the
 * words beside one (“{count} items could not be saved” → “We couldn't save
 * the items”) would leave it stranded, and is dropped.
 */
function beside(suggestion: Suggestion, original: string, masked: string): Suggestion | undefined {
  if (suggestion.scope !== 'sentence') return suggestion
  const {offset, endOffset, text} = suggestion
  // `text` already holds the range's own placeholders, as the original does.
  const written = original.slice(offset, endOffset)
  const lineStart = original.lastIndexOf('\n', offset - 1) + 1
  const lead = original.slice(lineStart, offset)
  if (/\S/.test(lead) && masked.slice(lineStart, offset).trim() === '' && !text.startsWith(firstWord(written))) return undefined
  const lineEnd = original.indexOf('\n', endOffset) < 0 ? original.length : original.indexOf('\n', endOffset)
  const tail = original.slice(endOffset, lineEnd).trimEnd()
  if (!/\S/.test(tail) || masked.slice(endOffset, lineEnd).trim() !== '') return suggestion
  if (text.startsWith(written)) return {...suggestion, text: `${written}${tail}${text.slice(written.length)}`, endOffset: endOffset + tail.length}
  return text.endsWith(lastWord(written)) ? suggestion : undefined
}

function firstWord(text: string): string {
  return /^\S+/.exec(text)?.[0] ?? text
}

function lastWord(text: string): string {
  return /\S+$/.exec(text)?.[0] ?? text
}

/** The suggestion's text with the placeholders of its range restored; undefined when it dropped or split one. */
function restored(suggestion: Suggestion, original: string, masked: string): string | undefined {
  const {offset, endOffset} = suggestion
  // A range that starts or ends inside a placeholder would cut it in two.
  if (inside(offset, original, masked) || inside(endOffset, original, masked)) return undefined
  const runs = maskedRuns(original, masked, offset, endOffset)
  if (runs.length === 0) return suggestion.text
  let out = ''
  let from = 0
  for (const run of runs) {
    // The rewrite's copy of this run: the next stretch of exactly as many spaces (no fewer: that would be a truncated one).
    const at = exactRun(suggestion.text, run.length, from)
    if (at < 0) return undefined
    out += suggestion.text.slice(from, at) + run.original
    from = at + run.length
  }

  return out + suggestion.text.slice(from)
}

interface MaskedRun {
  /** Its length, the same in the original and the masked text. */
  readonly length: number
  /** What the original holds there: the placeholder with the white space around it. */
  readonly original: string
}

/** The white-space runs of masked[from, to) that hold a masked placeholder, in order. */
function maskedRuns(original: string, masked: string, from: number, to: number): MaskedRun[] {
  const runs: MaskedRun[] = []
  for (const match of masked.slice(from, to).matchAll(/\s+/g)) {
    const start = from + match.index
    const end = start + match[0].length
    if (original.slice(start, end) !== match[0]) runs.push({length: end - start, original: original.slice(start, end)})
  }

  return runs
}

/** Where a maximal run of exactly `length` spaces starts in `text` at or after `from`; -1 if none. */
function exactRun(text: string, length: number, from: number): number {
  for (const match of text.slice(from).matchAll(/\s+/g)) if (match[0].length === length) return from + match.index
  return -1
}

/** Whether `index` falls between two masked characters of one placeholder. */
function inside(index: number, original: string, masked: string): boolean {
  return index > 0 && index < original.length && original[index - 1] !== masked[index - 1] && original[index] !== masked[index]
}
