/**
 * A config file that cannot be read, parsed or loaded: named with its line
 * and column where there is one (`shop/.countersiderc.json:3:5: …`), the
 * form editors and terminals turn into a link.
 */
import {ConfigError} from '@counterside/core'

export class ConfigFileError extends ConfigError {
  override name = 'ConfigFileError'
  readonly filePath: string

  constructor(filePath: string, problem: string, at?: {readonly line: number; readonly column: number}) {
    super('(file)', problem, filePath)
    this.filePath = filePath
    this.message = `${filePath}${at ? `:${at.line}:${at.column}` : ''}: ${problem}`
  }
}
