/**
 * Text for an XML attribute or element. Control characters are shown as
 * escapes first: XML 1.0 forbids most of them even as character references
 * (ESLint's `&#27;` makes the file unreadable to strict parsers), as it
 * forbids lone surrogates and U+FFFE/U+FFFF, which are shown as `\u` escapes too.
 */
import {printable} from '../printable.js'

const markup: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;'}
const notXml = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g

export function xmlText(text: string | number): string {
  return printable(String(text))
    .replace(notXml, (character) => `\\u${character.charCodeAt(0).toString(16)}`)
    .replace(/[&<>"']/g, (character) => markup[character]!)
}
