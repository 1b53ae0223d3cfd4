/**
 * JSON for the machine formats. `JSON.stringify` escapes C0 control
 * characters but leaves DEL, C1 (U+009B starts a terminal escape like ESC [)
 * and the line separators raw; they are escaped too, so a JSON report shown
 * on a terminal cannot carry live escape codes. The JSON parses to the same
 * values: outside strings the output is ASCII, inside they are `\u` escapes.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
