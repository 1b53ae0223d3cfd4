/** What every format extractor returns: prose units, directives, and the copy's language. */
import type {Directive} from '../directives.js'
import type {TextUnit} from '../units.js'

export interface Extraction {
  readonly units: readonly TextUnit[]
  readonly directives: readonly Directive[]
  /**
   * The catalog's language when it says it is not English (`fr`, `de-AT`):
   * such a file is reported as not checked instead of being linted.
   */
  readonly language?: string | undefined
}

/** `text` is the decoded file; `filePath` is relative to the working directory, `/`-separated. */
export type Extractor = (text: string, filePath: string) => Extraction

export function isEnglish(language: string): boolean {
  return /^en(?:[-_]|$)/i.test(language.trim())
}
