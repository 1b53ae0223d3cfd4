/** Name and version from package.json, read once, so they are never written twice. */
import {readFileSync} from 'node:fs'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {name: string; version: string}

export const packageMeta = {name: manifest.name, version: manifest.version} as const
