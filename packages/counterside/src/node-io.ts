/** The real process as the run's input and output; tests pass their own. */
import {buffer} from 'node:stream/consumers'
import type {CliIo} from './run.js'

export function nodeIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: writer(process.stdout, 'standard output'),
    stderr: writer(process.stderr, 'standard error'),
    readStdin: async () => buffer(process.stdin),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true
  }
}

/**
 * Writes to a standard stream that may go away. When the reader leaves
 * (`counterside | head`: EPIPE), the rest of the output is dropped quietly
 * and the run keeps its exit code, so `set -o pipefail` still sees the
 * findings; an unhandled EPIPE used to crash with a stack trace. Any other
 * write error (a full disk under `> report.txt`) is said on stderr, and the
 * run exits 2: a report that was cut short must not pass a gate.
 */
function writer(stream: NodeJS.WriteStream, name: string): (text: string) => void {
  let open = true
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false
    if (error.code === 'EPIPE') return
    process.exitCode = 2
    if (stream !== process.stderr && !process.stderr.destroyed) process.stderr.write(`counterside: cannot write to ${name}: ${error.code ?? error.message}\n`)
  })
  return (text) => {
    if (open && !stream.destroyed) stream.write(text)
  }
}
