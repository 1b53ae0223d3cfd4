/**
 * A JS config (`counterside.config.js`, `.mjs`, `.cjs`) is code: it is run
 * in a child process with a time limit, so an endless loop ends the run
 * with the file named instead of hanging a CI job, and a config that throws
 * says so with its message. Only plain data comes back (JSON over IPC).
 */
import {fork} from 'node:child_process'
import {ConfigFileError} from './config-file-error.js'

/** How long a JS config may take to load; `COUNTERSIDE_CONFIG_TIMEOUT` (milliseconds) changes it. */
export const defaultJsConfigTimeoutMs = 10_000

export function jsConfigTimeoutFrom(env: Readonly<Record<string, string | undefined>>): number {
  const value = Number(env.COUNTERSIDE_CONFIG_TIMEOUT)
  return Number.isInteger(value) && value > 0 ? value : defaultJsConfigTimeoutMs
}

export function loadJsConfig(filePath: string, displayPath: string, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('js-config-child.js', import.meta.url), [filePath], {stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json'})
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      // Only the start is kept: the reason is in the first lines.
      if (stderr.length < 4096) stderr += chunk
    })
    let settled = false
    const settle = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      outcome()
    }

    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      settle(() => reject(new ConfigFileError(displayPath, `did not finish loading within ${timeoutMs / 1000} s (an endless loop, or waiting on something?); fix the config, or raise COUNTERSIDE_CONFIG_TIMEOUT (milliseconds)`)))
    }, timeoutMs)
    child.on('message', (message: {config?: unknown; error?: string}) => {
      settle(() => (message.error === undefined ? resolve(message.config) : reject(new ConfigFileError(displayPath, `the config threw while loading: ${message.error}`))))
    })
    child.on('error', (error) => settle(() => reject(new ConfigFileError(displayPath, `cannot load: ${error.message}`))))
    child.on('exit', (code, signal) => {
      const reason = stderr.trim().split('\n').find((line) => /Error/.test(line)) ?? stderr.trim().split('\n')[0]
      settle(() => reject(new ConfigFileError(displayPath, `the config ended the process while loading (${signal ?? `exit code ${code}`})${reason ? `: ${reason}` : ''}`)))
    })
  })
}
