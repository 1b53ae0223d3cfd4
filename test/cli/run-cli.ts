/** Spawns the built binary the way users run it, for end-to-end tests. */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url))
export const bin = fileURLToPath(new URL('../../packages/counterside/dist/bin.js', import.meta.url))

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `timeout` (ms) kills a run that hangs, so a regression fails instead of blocking the test worker. */
export function runCli(args: readonly string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeout?: number} = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    timeout: options.timeout,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', CI: '', ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export interface JsonMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  key?: string
  fatal?: true
  suggestions: Array<{desc: string; fix: {range: [number, number]; text: string}; scope: 'match' | 'sentence'; line: number; column: number; endLine: number; endColumn: number}>
}

export interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  suppressedMessages: Array<JsonMessage & {suppressions: Array<{kind: string; justification: string}>}>
  errorCount: number
  warningCount: number
  fatalErrorCount: number
}

export function runJson(args: readonly string[], options: Parameters<typeof runCli>[1] = {}): {code: number | null; results: JsonResult[]; stderr: string} {
  const result = runCli([...args, '--format', 'json'], options)
  return {code: result.code, results: JSON.parse(result.stdout) as JsonResult[], stderr: result.stderr}
}

/** `rule@line:column-endLine:endColumn[ key]` per message, compact enough to assert exactly. */
export function brief(result: JsonResult | undefined): string[] {
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? '-'}@${message.line}:${message.column}-${message.endLine}:${message.endColumn}${message.key ? ` ${message.key}` : ''}`)
}

export function byFile(results: readonly JsonResult[], suffix: string): JsonResult | undefined {
  return results.find((result) => result.filePath.split('\\').join('/').endsWith(suffix))
}
