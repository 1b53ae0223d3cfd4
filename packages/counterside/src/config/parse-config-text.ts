/**
 * JSON and YAML config text to a value; a syntax error becomes a
 * ConfigFileError with the parser's reason and the line and column.
 */
import {parse as parseYaml, YAMLError} from 'yaml'
import {ConfigFileError} from './config-file-error.js'

export function parseJsonConfig(filePath: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // V8 says "… in JSON at position 11" (newer versions add "(line 2 column 1)").
    const message = (error as Error).message
    const position = /at position (\d+)/.exec(message)
    const offset = position ? Number(position[1]) : text.length
    const reason = message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/\s+in JSON at position \d+$/, '').replace(/ JSON input$/, ' of the file')
    throw new ConfigFileError(filePath, `cannot parse as JSON: ${reason}`, locate(text, offset))
  }
}

export function parseYamlConfig(filePath: string, text: string): unknown {
  try {
    return parseYaml(text, {prettyErrors: false})
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error
    const at = error.linePos?.[0]
    throw new ConfigFileError(filePath, `cannot parse as YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, at ? {line: at.line, column: at.col} : undefined)
  }
}

function locate(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }

  return {line, column: offset - lineStart + 1}
}
