/**
 * Where the elements of an XML catalog are. A real parser (saxes) finds each
 * element's attributes and the source range of its content, so comments,
 * CDATA, `>` in attribute values and self-closing elements can never be
 * mistaken for structure. Well-formedness is `checkWellFormed`'s job: parse
 * errors here are ignored and parsing goes on.
 */
import {SaxesParser} from 'saxes'
import type {CatalogComment} from '../directives.js'

export interface XmlElement {
  readonly name: string
  /** Attribute values, entities decoded. */
  readonly attributes: Readonly<Record<string, string>>
  readonly parent: XmlElement | undefined
  /** File offsets of the content between the start and end tags (equal for `<x/>`). */
  readonly contentStart: number
  contentEnd: number
}

/** Every element, in document order; `comments`, when given, receives every `<!-- … -->` (directives live there). */
export function xmlElements(text: string, comments?: CatalogComment[]): XmlElement[] {
  const elements: XmlElement[] = []
  const open: XmlElement[] = []
  const parser = new SaxesParser({position: true})
  parser.on('error', () => {})
  parser.on('opentag', (tag) => {
    const element: XmlElement = {name: tag.name, attributes: {...tag.attributes} as Record<string, string>, parent: open.at(-1), contentStart: parser.position, contentEnd: parser.position}
    elements.push(element)
    open.push(element)
  })
  parser.on('closetag', (tag) => {
    const element = open.pop()
    // `position` is just past the end tag; the content ends where `</` starts.
    if (element && !tag.isSelfClosing) element.contentEnd = Math.max(element.contentStart, text.lastIndexOf('</', parser.position - 1))
  })
  if (comments) {
    // Taken from the text, not the event: saxes splits a comment at a `--` (which XML forbids, but people write).
    const seen = new Set<number>()
    parser.on('comment', () => {
      const start = text.lastIndexOf('<!--', parser.position - 1)
      if (start === -1 || seen.has(start)) return
      seen.add(start)
      const close = text.indexOf('-->', start + 4)
      const end = close === -1 ? text.length : close + 3
      comments.push({body: text.slice(start + 4, close === -1 ? end : close), start, end})
    })
  }

  parser.write(text).close()
  return elements
}

export function hasAncestor(element: XmlElement, names: ReadonlySet<string>): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (names.has(parent.name)) return true
  return false
}
