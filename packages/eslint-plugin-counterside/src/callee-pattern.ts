/**
 * Callee patterns: dotted names where `*` stands for one segment and `**`
 * for any number (`toast.*` matches `toast.error`, not `toast`). Compiled to
 * one regular expression per list.
 */
export function compileCalleePatterns(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.length === 0) return () => false
  const source = patterns.map((pattern) => pattern.split('.').map(segmentSource).join('\\.')).join('|')
  const regex = new RegExp(`^(?:${source})$`)
  return (name) => regex.test(name)
}

function segmentSource(segment: string): string {
  if (segment === '**') return '.*'
  return segment.split('*').map(escapeRegex).join('[^.]*')
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}
