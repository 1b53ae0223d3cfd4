/**
 * English first: copy in another language is reported as not checked, never
 * linted (every rule would miss) nor passed in silence. A declared language
 * wins over detection, so `lang="en"` settles a page the detector would
 * doubt; without one, the extracted copy itself is identified. Too little
 * text for a verdict means the file is linted as English.
 */
import {detectLanguage} from '@counterside/core'
import {isEnglish, type Extraction} from './formats/extraction.js'
import type {Format} from './formats/index.js'

// Trigram statistics settle long before this; a cap keeps big files cheap.
const sampleLength = 20_000

/** Why the file is not checked, or `undefined` when it is English (or cannot be told apart). */
export function notEnglishReason(extraction: Extraction, format: Format): string | undefined {
  const advice = format.catalog ? ' Lint the English source catalog instead.' : ''
  if (extraction.language !== undefined && extraction.language.trim() !== '') {
    if (isEnglish(extraction.language)) return undefined
    return `Not checked: this ${format.name} is in “${extraction.language}”, and counterside checks English copy only.${advice}`
  }

  let sample = ''
  for (const unit of extraction.units) {
    if (sample.length >= sampleLength) break
    sample += `${unit.text}\n`
  }

  const detected = detectLanguage(sample.slice(0, sampleLength))
  if (!detected || detected.english) return undefined
  return `Not checked: this file looks like ${detected.name} (${detected.code}); counterside checks English copy only.${advice}`
}
