/**
 * Write replacement copy back in the notation of the code it replaces: a
 * quoted string, a template, JSX text or a JSX attribute string.
 */
import type {SegmentKind} from './text-unit.js'

export function escapeForSource(text: string, kind: SegmentKind): string | undefined {
  switch (kind.type) {
    case 'string':
      return text.replace(/[\\\n\r\u2028\u2029]|['"]/g, (char) => {
        if (char === "'" || char === '"') return char === kind.quote ? `\\${char}` : char
        return char === '\\' ? '\\\\' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : `\\u${char.charCodeAt(0).toString(16)}`
      })
    case 'template':
      return text.replace(/\\|`|\$\{/g, (match) => `\\${match}`)
    case 'jsx-text':
      return text.replace(/[&<>{}]/g, (char) => `&#${char.charCodeAt(0)};`)
    case 'jsx-attribute':
      return text.replace(/&/g, '&amp;').replace(kind.quote === '"' ? /"/g : /'/g, kind.quote === '"' ? '&quot;' : '&apos;')
    case 'placeholder':
      return undefined
  }
}
