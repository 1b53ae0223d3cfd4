/**
 * One lint request, answered with the CLI's own extraction and file linting
 * (`counterside/extract`), so the page reports exactly what
 * `counterside <file>` would for the same text and file name.
 */
import {validateConfig, type Config} from '@counterside/core'
import {formatOf, InputError, lintExtraction} from 'counterside/extract'
import type {LintRequest, LintResponse} from './protocol.js'

// core builds its processors once per config object: keep the object while the settings stay the same.
let cached: {key: string; config: Config} | undefined

function configFor(request: LintRequest): Config {
  const key = JSON.stringify([request.disabledRules, request.minConfidence])
  if (cached?.key !== key) {
    const rules = Object.fromEntries(request.disabledRules.map((id) => [id, 'off']))
    cached = {key, config: validateConfig({rules, minConfidence: request.minConfidence}, 'the playground settings')}
  }

  return cached.config
}

export function lintCopy(request: LintRequest): LintResponse {
  const {id, text, fileName} = request
  const format = formatOf(fileName)
  if (!format) return {id, ok: false, problem: `Cannot read ${fileName}: unsupported file type.`}
  let extraction
  try {
    extraction = format.extract(text, fileName)
  } catch (error) {
    if (!(error instanceof InputError)) return {id, ok: false, problem: `Internal error while reading this ${format.name}: ${(error as Error).message}`}
    const placed = error.placedIn(text)
    return {id, ok: false, problem: `This ${format.name} has a problem at line ${placed.line}, column ${placed.column}: ${placed.message.replace(/\.+$/, '')}. Fix: ${placed.fix}.`}
  }

  const config = configFor(request)
  const {checked, messages, perspective} = lintExtraction(text, extraction, format, {
    configFor: () => config,
    userSaysEnglish: false,
    failsOnUnchecked: () => false,
    reportUnusedDirectives: 1
  })
  return {id, ok: true, checked, messages: [...messages].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)), perspective}
}
