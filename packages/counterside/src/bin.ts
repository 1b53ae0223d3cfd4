#!/usr/bin/env node
/** The `counterside` binary. See `counterside --help` for options and exit codes. */
import {main} from './cli.js'
import {nodeIo} from './node-io.js'

process.exitCode = await main(process.argv.slice(2), nodeIo())
