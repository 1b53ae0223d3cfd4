/** Shared by the document formats: URLs are addresses, not prose. */
const url = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"')\]]+/gi

export function blankUrls(text: string): string {
  return text.replace(url, (match) => ' '.repeat(match.length))
}
