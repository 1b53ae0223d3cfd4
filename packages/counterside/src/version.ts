/** The package version, for `--version` and the SARIF driver. */
import {readFileSync} from 'node:fs'

export const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
