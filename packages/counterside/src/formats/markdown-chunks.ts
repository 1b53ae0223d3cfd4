/**
 * Where a Markdown document can be cut into parts that parse to the same
 * blocks as the whole. micromark 4 is quadratic on documents with many
 * lists or block quotes, so a long document is parsed part by part.
 *
 * A cut goes at the start of a line that follows a blank line and is not
 * indented: no list item or block quote continues over that (CommonMark has
 * no lazy continuation after a blank line), and no paragraph, setext
 * heading or indented code does. What does carry over a blank line is
 * tracked: fenced code, HTML blocks of kinds 1–5 (`<pre>`, `<script>`,
 * `<style>`, `<textarea>`, comments, `<?…?>`, `<!X…>`, CDATA) and front
 * matter. Where the scan is unsure (a fence or comment never closed), it
 * makes no cut: a part too long only costs time. Link reference
 * definitions are document-wide; `definitionsFor` gives each part the ones
 * it uses. MDX is not cut: JSX and expressions can span blank lines.
 */

/** Parts are at least this long: parsing stays linear below it and a part's fixed cost is small beside it. */
export const chunkLength = 16 * 1024

const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/
const htmlOpeners: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/** `[start, end)` ranges of `text`, in order, touching, covering it. */
export function markdownChunks(text: string, frontMatter: boolean, target = chunkLength): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  let chunkStart = 0
  let fence: {readonly marker: string; readonly length: number} | undefined
  let htmlEnd: RegExp | undefined
  let inFrontMatter = frontMatter
  let previousBlank = false
  for (let lineStart = 0, first = true; lineStart < text.length; first = false) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    const blank = line.trim() === ''
    if (inFrontMatter) {
      if (!first && /^(?:---|\.\.\.)\s*$/.test(line)) inFrontMatter = false
    } else if (fence) {
      if (closesFence(line, fence)) fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      const cut = previousBlank && !blank && !/^[ \t]/.test(line)
      if (cut && lineStart - chunkStart >= target) {
        ranges.push([chunkStart, lineStart])
        chunkStart = lineStart
      }

      fence = openedFence(line)
      if (!fence) htmlEnd = openedHtml(line)
    }

    previousBlank = blank
    lineStart = lineEnd + 1
  }

  // A front matter or fence never closed leaves no cut inside it: the last part holds it.
  ranges.push([chunkStart, text.length])
  return ranges
}

function openedFence(line: string): {marker: string; length: number} | undefined {
  const match = fenceOpen.exec(line)
  if (!match) return undefined
  const run = match[1]!
  // A backtick fence's info string cannot hold a backtick (that is inline code).
  if (run[0] === '`' && match[2]!.includes('`')) return undefined
  return {marker: run[0]!, length: run.length}
}

function closesFence(line: string, fence: {readonly marker: string; readonly length: number}): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line)
  return match !== null && match[1]![0] === fence.marker && match[1]!.length >= fence.length
}

/** The end condition of an HTML block (kinds 1–5) the line opens and does not close. */
function openedHtml(line: string): RegExp | undefined {
  for (const [open, end] of htmlOpeners) {
    const match = open.exec(line)
    if (match) return end.test(line.slice(match[0].length)) ? undefined : end
  }

  return undefined
}

const definitionLabel = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[((?:[^\\[\]\n]|\\.){1,999})\]:/gm
const bracketed = /\[((?:[^\\[\]]|\\.){1,999})\]/g

/** Every label a link reference definition in `text` may define, normalised as CommonMark matches them. */
export function definitionLabels(text: string): Set<string> {
  const labels = new Set<string>()
  for (const match of text.matchAll(definitionLabel)) labels.add(normalizeLabel(match[1]!))
  return labels
}

/**
 * Definitions to append to a part so its references resolve as in the
 * whole document: one per label the part uses. Only the label matters for
 * prose (a reference's text is its prose either way), so they point at `#`.
 */
export function definitionsFor(part: string, labels: ReadonlySet<string>): string {
  if (labels.size === 0) return ''
  const used = new Set<string>()
  for (const match of part.matchAll(bracketed)) {
    const label = normalizeLabel(match[1]!)
    if (labels.has(label)) used.add(match[1]!)
  }

  return [...used].map((label) => `[${label}]: #`).join('\n')
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}
