/** ESLint's JSON formatter shape, plus `key` (catalog message key) and `url` (rule docs) on messages, and `perspective` per file. */
import type {FileReport, LintMessage} from '../messages.js'
import {jsonText} from './json-text.js'
import type {Reporter} from './reporter.js'

export const json: Reporter = (reports) => `${jsonText(eslintResults(reports))}\n`

/** The reports as ESLint's `LintResult`s, for the JSON format and for formatter modules written for ESLint. */
export function eslintResults(reports: readonly FileReport[]) {
  return reports.map(({filePath, messages, suppressedMessages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount, output, perspective}) => ({
    filePath,
    messages: messages.map(stripMessage),
    suppressedMessages: suppressedMessages.map(stripMessage),
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    // null for a file that was not linted (unreadable, malformed, not English), so every result has the key.
    perspective: perspective ?? null,
    ...(output === undefined ? {} : {output})
  }))
}

function stripMessage(message: LintMessage) {
  return {...strip(message), suggestions: message.suggestions.map(strip)}
}

/** Drops what is internal to the reporters: file offsets, UTF-8 byte columns and confidence. */
function strip<T extends {offset?: number; endOffset?: number; byteColumn?: number; endByteColumn?: number; confidence?: number}>(message: T): Omit<T, 'offset' | 'endOffset' | 'byteColumn' | 'endByteColumn' | 'confidence'> {
  const {offset: _offset, endOffset: _endOffset, byteColumn: _byteColumn, endByteColumn: _endByteColumn, confidence: _confidence, ...rest} = message
  return rest
}
