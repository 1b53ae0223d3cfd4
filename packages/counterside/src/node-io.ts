/** The real process as the run's input and output; tests pass their own. */
import {buffer} from 'node:stream/consumers'
import type {CliIo} from './run.js'

export function nodeIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    readStdin: async () => buffer(process.stdin),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true
  }
}
