/** ESLint's JSON formatter shape, plus `key` (catalog message key) and `url` (rule docs) on messages. */
import type {FileReport} from '../messages.js'
import {jsonText} from './json-text.js'
import type {Reporter} from './reporter.js'

export const json: Reporter = (reports) => `${jsonText(eslintResults(reports))}\n`

/** The reports as ESLint's `LintResult`s, for the JSON format and for formatter modules written for ESLint. */
export function eslintResults(reports: readonly FileReport[]) {
  return reports.map(({filePath, messages, suppressedMessages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount}) => ({
    filePath,
    messages: messages.map(strip),
    suppressedMessages: suppressedMessages.map(strip),
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount
  }))
}

/** Drops what is internal to the reporters: file offsets, UTF-8 byte columns and confidence. */
function strip<T extends {offset?: number; endOffset?: number; byteColumn?: number; endByteColumn?: number; confidence?: number}>(message: T): Omit<T, 'offset' | 'endOffset' | 'byteColumn' | 'endByteColumn' | 'confidence'> {
  const {offset: _offset, endOffset: _endOffset, byteColumn: _byteColumn, endByteColumn: _endByteColumn, confidence: _confidence, ...rest} = message
  return rest
}
