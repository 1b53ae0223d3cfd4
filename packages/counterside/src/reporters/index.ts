/** `--format` names to reporters. */
import {github} from './github.js'
import {json} from './json.js'
import {rdjson} from './rdjson.js'
import type {Reporter} from './reporter.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export const reporters: Readonly<Record<string, Reporter>> = {stylish, json, sarif, github, rdjson}
export type {Reporter, ReportContext} from './reporter.js'
