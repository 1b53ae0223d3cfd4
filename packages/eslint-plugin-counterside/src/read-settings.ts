/**
 * Read `settings.counterside`. ESLint does not validate settings, so this
 * does, naming the bad key: a typo there should fail loudly, not silently
 * lint nothing.
 */
import type {Settings} from './options.js'

const listKeys = ['attributes', 'callees', 'messageProperties', 'internalCallees', 'inlineElements', 'allow'] as const
const knownKeys = ['checkAllStrings', 'surfaces', 'minConfidence', ...listKeys]
const surfaceKinds = ['customer', 'staff']
const surfaceKeys = ['components', 'files']

const checked = new WeakMap<object, Settings>()
// One object for “no settings”: its identity keys the detection and engine config caches.
const noSettings: Settings = Object.freeze({})

export function readSettings(settings: Readonly<Record<string, unknown>>): Settings {
  const value = settings.counterside
  if (value === undefined) return noSettings
  if (!isRecord(value)) throw settingsError('', 'expected an object')
  const known = checked.get(value)
  if (known) return known
  for (const key of Object.keys(value)) {
    if (!knownKeys.includes(key)) throw settingsError(key, `unknown key; expected one of: ${knownKeys.join(', ')}`)
  }

  if (value.checkAllStrings !== undefined && typeof value.checkAllStrings !== 'boolean') throw settingsError('checkAllStrings', 'expected a boolean')
  if (value.minConfidence !== undefined && !(typeof value.minConfidence === 'number' && value.minConfidence >= 0 && value.minConfidence <= 1)) {
    throw settingsError('minConfidence', 'expected a number from 0 to 1')
  }

  for (const key of listKeys) checkStringList(value[key], key)
  if (value.surfaces !== undefined) {
    if (!isRecord(value.surfaces)) throw settingsError('surfaces', 'expected { customer?, staff? }')
    for (const [kind, list] of Object.entries(value.surfaces)) {
      if (!surfaceKinds.includes(kind)) throw settingsError(`surfaces.${kind}`, `unknown surface; expected one of: ${surfaceKinds.join(', ')}`)
      if (!isRecord(list)) throw settingsError(`surfaces.${kind}`, 'expected { components?, files? }')
      for (const [key, names] of Object.entries(list)) {
        if (!surfaceKeys.includes(key)) throw settingsError(`surfaces.${kind}.${key}`, `unknown key; expected one of: ${surfaceKeys.join(', ')}`)
        checkStringList(names, `surfaces.${kind}.${key}`)
      }
    }
  }

  checked.set(value, value as Settings)
  return value as Settings
}

function checkStringList(value: unknown, key: string): void {
  if (value === undefined) return
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw settingsError(key, 'expected an array of strings')
}

function settingsError(key: string, problem: string): Error {
  return new Error(`counterside: invalid \`settings.counterside${key ? `.${key}` : ''}\`: ${problem}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
