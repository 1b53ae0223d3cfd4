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

/**
 * An extraction whose units are made as they are taken, in one pass, so a
 * long page is linted part by part and never held as prose all at once.
 * `directives` fills up as units are taken and is complete once they run
 * out; `language` is known once the first unit is taken (front matter
 * opens a page) or they run out. An `Extraction` is one too.
 */
export interface StreamedExtraction {
  readonly units: Iterable<TextUnit>
  readonly directives: readonly Directive[]
  readonly language?: string | undefined
}

/** Takes every unit, then the directives and language that are complete only after. */
export function collectExtraction(streamed: StreamedExtraction): Extraction {
  const units = [...streamed.units]
  return {units, directives: streamed.directives, language: streamed.language}
}

/** `text` is the decoded file; `filePath` is relative to the working directory, `/`-separated. */
export type Extractor = (text: string, filePath: string) => Extraction
export type StreamingExtractor = (text: string, filePath: string) => StreamedExtraction

export {isEnglish} from './language.js'
