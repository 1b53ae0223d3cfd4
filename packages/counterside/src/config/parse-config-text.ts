/**
 * JSON and YAML config text to a value; a syntax error becomes a
 * ConfigFileError with the parser's reason and the line and column.
 */
import {pointAt} from '@counterside/core'
import {parse as parseYaml, YAMLError} from 'yaml'
import {ConfigFileError} from './config-file-error.js'

export function parseJsonConfig(filePath: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // V8 says "… in JSON at position 11" (newer versions add "(line 2 column 1)"),
    // or "Unexpected token 'x', "<the text>" is not valid JSON" with no position at all.
    const message = (error as Error).message
    const position = /at position (\d+)/.exec(message)
    const offset = position ? Number(position[1]) : firstBadOffset(text)
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/\s+in JSON at position \d+$/, '')
      .replace(/ after JSON at position \d+$/, ' after the JSON value')
      .replace(/, .*is not valid JSON$/s, '')
      .replace(/ of JSON input$/, ' of the file')
    throw new ConfigFileError(filePath, `cannot parse as JSON: ${reason}`, pointAt(text, offset))
  }
}

/**
 * Where JSON.parse gives up when it does not say: the shortest prefix that
 * fails for a reason other than ending early. Prefixes fail that way from
 * the bad character on and never before it, so a binary search finds it.
 */
function firstBadOffset(text: string): number {
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length))
      return false
    } catch (error) {
      // "{" fails with "Expected property name … at position 1": at the end, so early, not inside.
      const message = (error as Error).message
      const position = /at position (\d+)/.exec(message)
      return position ? Number(position[1]) < length : !/end of JSON input/.test(message)
    }
  }

  let low = 0
  let high = text.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (failsInside(middle + 1)) high = middle
    else low = middle + 1
  }

  return low
}

export function parseYamlConfig(filePath: string, text: string): unknown {
  try {
    return parseYaml(text, {prettyErrors: false})
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error
    throw new ConfigFileError(filePath, `cannot parse as YAML: ${error.message.split('\n')[0]}`, pointAt(text, error.pos[0]))
  }
}
