/**
 * Text from the files (names, copy, keys, messages) as HTML text or
 * attribute values: the five markup characters as references, so copy can
 * never open a tag, end an attribute or run a script; control characters
 * other than line breaks (which HTML forbids, and which could hide text)
 * shown as escapes, as on a terminal.
 */
import {printableButLineBreaks} from '../../printable.js'

const references: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(text: string): string {
  return printableButLineBreaks(text).replace(/[&<>"']/g, (character) => references[character]!)
}
