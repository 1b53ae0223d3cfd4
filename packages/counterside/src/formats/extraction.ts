/** What every format extractor returns: prose units, directives, and the copy's language. */
import type {Directive} from '../directives.js'
import type {TextUnit} from '../units.js'

export interface Extraction {
  readonly units: readonly TextUnit[]
  readonly directives: readonly Directive[]
  /**
   * The language the file declares for its copy (`en`, `fr`, `de-AT`): catalog
   * metadata or path, front matter `lang`, `<html lang>`. A declared language
   * is trusted over detection; a non-English one means the file is not linted.
   */
  readonly language?: string | undefined
}

/** `text` is the decoded file; `filePath` is relative to the working directory, `/`-separated. */
export type Extractor = (text: string, filePath: string) => Extraction

export {isEnglish} from './language.js'
