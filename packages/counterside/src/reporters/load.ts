/**
 * `--format`: a built-in reporter by name, or a formatter module by path
 * (`./my-formatter.js`), as in ESLint. A module's default export (or
 * `module.exports`) is called with ESLint's formatter signature,
 * `(results, context) => string | Promise<string>`: `results` are ESLint
 * `LintResult`s (the JSON format's objects), `context` has `cwd`, `color`,
 * `rulesMeta` (`{[ruleId]: {docs: {description, url}}}`) and `version`, so
 * formatters written for ESLint work unchanged.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules} from '@counterside/core'
import {eslintResults} from './json.js'
import {reporters, type Reporter} from './index.js'
import {formatChoices, isFormatterPath} from './names.js'

export {formatChoices, isFormatterPath} from './names.js'

/** A format that cannot be used: unknown, or a module that is missing, throws or returns no string. Exit 2. */
export class FormatError extends Error {}

export async function loadReporter(format: string, cwd: string): Promise<Reporter> {
  const builtIn = reporters[format]
  if (builtIn) return builtIn
  if (!isFormatterPath(format)) throw new FormatError(`unknown format \`${format}\`; expected ${formatChoices}`)
  const file = path.resolve(cwd, format)
  let exported: unknown
  try {
    const loaded = await import(pathToFileURL(file).href) as {default?: unknown}
    exported = loaded.default ?? loaded
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes(file) ? 'no such file' : (error as Error).message.split('\n')[0]
    throw new FormatError(`cannot load the formatter ${file}: ${reason}. Fix: check the path, or use a built-in format: ${Object.keys(reporters).join(', ')}`)
  }

  if (typeof exported !== 'function') throw new FormatError(`the formatter ${file} does not export a function. Fix: \`export default (results, context) => string\` (or \`module.exports = …\`)`)
  const formatter = exported as (results: unknown, context: unknown) => unknown
  const rulesMeta = Object.fromEntries(rules.map((rule) => [rule.id, {docs: {description: rule.description, url: rule.url}}]))
  return async (reports, context) => {
    let output: unknown
    try {
      output = await formatter(eslintResults(reports), {cwd: context.cwd, color: context.color, rulesMeta, version: context.version})
    } catch (error) {
      throw new FormatError(`the formatter ${file} threw: ${error instanceof Error ? error.message : String(error)}`)
    }

    // ESLint prints nothing for a formatter that returns nothing; anything else must be text.
    if (output === undefined || output === null) return ''
    if (typeof output !== 'string') throw new FormatError(`the formatter ${file} returned ${typeof output}, not a string`)
    return output
  }
}
