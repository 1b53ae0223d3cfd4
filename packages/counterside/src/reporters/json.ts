/** ESLint's JSON formatter shape, plus `key` (catalog message key) and `url` (rule docs) on messages. */
import type {Reporter} from './reporter.js'

export const json: Reporter = (reports) => `${JSON.stringify(reports.map(({filePath, messages, suppressedMessages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount}) => ({
  filePath,
  messages: messages.map(strip),
  suppressedMessages: suppressedMessages.map(strip),
  errorCount,
  fatalErrorCount,
  warningCount,
  fixableErrorCount,
  fixableWarningCount
})))}\n`

function strip<T extends {offset?: number; endOffset?: number}>(message: T): Omit<T, 'offset' | 'endOffset'> {
  const {offset: _offset, endOffset: _endOffset, ...rest} = message
  return rest
}
