/**
 * The findings in place: the text again, under the transparent text area,
 * with a `<mark data-rule>` around exactly each finding's words. A finding
 * inside another nests in its mark; one that only overlaps is split at the
 * other's edge, so every mark still holds only its finding's words.
 */
import {colourStyle} from './rule-colours.js'

export interface Span {
  readonly start: number
  readonly end: number
  readonly ruleId: string
  /** Index of the finding in the list. */
  readonly finding: number
}

/** First by start, the longer first when two start together (it is the outer one). */
function before(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}

function insertSorted(queue: Span[], span: Span): void {
  let index = queue.findIndex((other) => before(span, other) < 0)
  if (index === -1) index = queue.length
  queue.splice(index, 0, span)
}

function markFor(span: Span): HTMLElement {
  const mark = document.createElement('mark')
  mark.dataset.rule = span.ruleId
  mark.dataset.finding = String(span.finding)
  colourStyle(mark, span.ruleId)
  return mark
}

/** Appends `text[from, to)` to `parent`, with `spans` (sorted, inside the range) as marks. */
function appendRange(parent: Node, text: string, from: number, to: number, spans: Span[]): void {
  let cursor = from
  const queue = [...spans]
  while (queue.length > 0) {
    const span = queue.shift()!
    const start = Math.max(span.start, cursor)
    if (start >= span.end) continue
    parent.appendChild(document.createTextNode(text.slice(cursor, start)))
    const inner: Span[] = []
    while (queue.length > 0 && queue[0]!.start < span.end) {
      const child = queue.shift()!
      if (child.end <= span.end) {
        inner.push(child)
        continue
      }

      inner.push({...child, end: span.end})
      insertSorted(queue, {...child, start: span.end})
    }

    const mark = markFor(span)
    appendRange(mark, text, start, span.end, inner)
    parent.appendChild(mark)
    cursor = span.end
  }

  parent.appendChild(document.createTextNode(text.slice(cursor, to)))
}

export function renderHighlights(backdrop: HTMLElement, text: string, spans: readonly Span[]): void {
  const fragment = document.createDocumentFragment()
  const inRange = spans.filter((span) => span.end > span.start && span.end <= text.length).sort(before)
  appendRange(fragment, text, 0, text.length, inRange)
  // A last line break needs something after it to take up its line, as it does in the text area.
  fragment.appendChild(document.createTextNode('\n'))
  backdrop.replaceChildren(fragment)
}

/** Marks the marks of one finding (the one the list's focus or pointer is on). */
export function setActiveFinding(backdrop: HTMLElement, finding: number | undefined): void {
  for (const mark of backdrop.querySelectorAll('mark.active')) mark.classList.remove('active')
  if (finding === undefined) return
  for (const mark of backdrop.querySelectorAll(`mark[data-finding="${finding}"]`)) mark.classList.add('active')
}
