/**
 * The editor's `counterside` settings, as any LSP client sends them: in
 * `initializationOptions`, in `workspace/didChangeConfiguration`, or as the
 * answer to `workspace/configuration` (section `counterside`). Each source
 * may give the settings themselves or nest them under `counterside` (Helix
 * answers a section by looking it up inside its `config`, so both shapes
 * occur). A value that is not valid counts as its default (what the
 * problem told to the user says), never a crash.
 */
import {ConfigError} from '@counterside/core'
import {validateCliConfig} from 'counterside'

export const settingsSection = 'counterside'

export interface EditorSettings {
  /** `false`: no document is linted and every finding shown is cleared. */
  readonly enable: boolean
  /** Findings less sure than this are hidden, on top of the config (the config key's meaning); `undefined`: the config decides. */
  readonly minConfidence?: number | undefined
  /** One config file for every document, as the CLI's `--config`; relative paths from the document's workspace folder. `undefined`: configs are discovered. */
  readonly configPath?: string | undefined
}

export const defaultSettings: EditorSettings = {enable: true}

export interface SettingsRead {
  readonly settings: EditorSettings
  /** One line per value that was not used, naming the setting and the fix. */
  readonly problems: readonly string[]
}

/** `sources` in increasing precedence (initialization options, then what the client sends or answers later); `undefined`/`null` sources are skipped. */
export function readSettings(...sources: readonly unknown[]): SettingsRead {
  const problems: string[] = []
  let settings: EditorSettings = defaultSettings
  for (const source of sources) {
    const values = sectionOf(source)
    if (values === undefined) continue
    settings = {...settings, ...readValues(values, problems)}
  }

  return {settings, problems}
}

function sectionOf(source: unknown): Record<string, unknown> | undefined {
  if (!isRecord(source)) return undefined
  const nested = source[settingsSection]
  return isRecord(nested) ? nested : source
}

function readValues(values: Record<string, unknown>, problems: string[]): Partial<EditorSettings> {
  const read: {enable?: boolean; minConfidence?: number | undefined; configPath?: string | undefined} = {}
  if ('enable' in values && values.enable !== null && values.enable !== undefined) {
    if (typeof values.enable === 'boolean') read.enable = values.enable
    else {
      read.enable = true
      problems.push(`${settingsSection}.enable: expected true or false, got ${JSON.stringify(values.enable)}; linting stays on`)
    }
  }

  if ('minConfidence' in values) {
    const value = values.minConfidence
    // `null` (VS Code's default) and absent both mean: the config's `minConfidence` applies.
    if (value === null || value === undefined) read.minConfidence = undefined
    else {
      try {
        // The config file's own check of the key, so the setting means exactly what the key means.
        read.minConfidence = validateCliConfig({minConfidence: value}, `${settingsSection}.minConfidence setting`).minConfidence
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        read.minConfidence = undefined
        problems.push(`${error.message}; the config's minConfidence applies`)
      }
    }
  }

  if ('configPath' in values) {
    const value = values.configPath
    if (value === null || value === undefined || value === '') read.configPath = undefined
    else if (typeof value === 'string') read.configPath = value
    else {
      read.configPath = undefined
      problems.push(`${settingsSection}.configPath: expected the path of a config file, got ${JSON.stringify(value)}; configs are found as the CLI finds them`)
    }
  }

  return read
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
