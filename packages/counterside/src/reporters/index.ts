/** `--format` names to reporters. */
import {checkstyle} from './checkstyle.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {rdjson} from './rdjson.js'
import type {ReporterName} from './names.js'
import type {Reporter} from './reporter.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

/** In `reporterNames`' order. */
export const reporters: Readonly<Record<string, Reporter>> = {stylish, json, sarif, github, rdjson, checkstyle, junit, html} satisfies Record<ReporterName, Reporter>
export type {Reporter, ReportContext} from './reporter.js'
