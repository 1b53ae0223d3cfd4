#!/usr/bin/env node
/** The `counterside` binary. See `counterside --help` for options and exit codes. */
import {main} from './cli.js'
import {nodeIo} from './node-io.js'

const code = await main(process.argv.slice(2), nodeIo())
// A failed write to stdout or stderr may already have set exit code 2 (see node-io); it is not lowered.
process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
