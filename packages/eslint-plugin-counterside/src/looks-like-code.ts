/**
 * Strings that are values for machines, not words for people: identifiers
 * and translation keys, URLs, paths, MIME types, CSS and SQL. Copy almost
 * always has a space or is one capitalised word (“Cancel”); these rarely do.
 */

const url = /^(?:[a-z][a-z\d+.-]*:\/\/|mailto:|tel:|data:|www\.)/i
const path = /^(?:\.{0,2}\/|~\/|[a-z]:\\|#|\?)|^[\w@.-]+(?:\/[\w@.[\]:*-]*)+$/i
const fileName = /^[\w.-]+\.[a-z\d]{1,5}$/i
const mime = /^(?:application|audio|font|image|message|model|multipart|text|video)\/[\w.+-]+(?:\s*;.*)?$/i
const sql = /^\s*(?:select\s[\s\S]*\sfrom|insert\s+into|update\s[\s\S]*\sset|delete\s+from|create\s+(?:table|index|view)|alter\s+table|drop\s+table|with\s+\w+\s+as\s*\()\s/i
const cssDeclarations = /^\s*-{0,2}[a-z][a-z-]*\s*:\s*[^;]+;(?:\s*-{0,2}[a-z][a-z-]*\s*:\s*[^;]+;?)*\s*$/i
const cssValue = /^\s*(?:-?[\d.]+(?:px|r?em|%|v[hw]|ch|ex|pt|ms|s|deg|fr)\b|#[\da-f]{3,8}\b|(?:rgba?|hsla?|calc|var|url|translate[xyz3d]*|rotate|scale|linear-gradient|cubic-bezier)\()/i
const cssToken = /^[a-z\d!@&>~*.#[\]()%:/_-]+$/
const identifier = /^[\w$@.:/#-]+$/u
const capitalisedWord = /^\p{Lu}[\p{Ll}\p{M}'’]+[.!?…]?$/u

export function looksLikeCode(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return true
  if (url.test(trimmed) || mime.test(trimmed) || sql.test(trimmed)) return true
  if (cssDeclarations.test(trimmed) || cssValue.test(trimmed)) return true
  if (!/\s/.test(trimmed)) {
    // One token: a key, a constant, a file or a path unless it reads as a word.
    if (capitalisedWord.test(trimmed)) return false
    return identifier.test(trimmed) || path.test(trimmed) || fileName.test(trimmed)
  }

  return looksLikeClassList(trimmed)
}

/** `flex items-center gap-2`, `btn btn-primary`: lowercase tokens, most of them hyphenated or variant-prefixed. */
function looksLikeClassList(text: string): boolean {
  const tokens = text.split(/\s+/)
  if (!tokens.every((token) => cssToken.test(token))) return false
  const marked = tokens.filter((token) => /[-:[_]/.test(token)).length
  return marked > 0 && marked * 2 >= tokens.length
}
