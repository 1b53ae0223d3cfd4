// Real English UI string catalogs from pinned npm packages (see catalogs.json).
// Plain ESM, no build step. Everything here is synchronous and deterministic:
// manifest order, then file order, then the key order of each file.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const manifestPath = join(here, 'catalogs.json')

const formats = new Set(['json', 'po', 'js'])
const audiences = new Set(['customer', 'staff'])

/**
 * The manifest, checked.
 * @returns {import('./index.js').CatalogEntry[]}
 */
export function readManifest() {
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8'))
  if (!Array.isArray(entries)) throw new Error(`@counterside/catalogs: ${manifestPath} must hold an array`)
  const seen = new Set()
  for (const entry of entries) {
    const name = entry && entry.package
    const where = `@counterside/catalogs: catalogs.json entry ${JSON.stringify(name)}`
    if (typeof name !== 'string' || name === '') throw new Error(`${where}: "package" must be a non-empty string`)
    if (seen.has(name)) throw new Error(`${where}: listed twice`)
    seen.add(name)
    if (typeof entry.version !== 'string' || entry.version === '') throw new Error(`${where}: "version" must be a non-empty string`)
    if (!Array.isArray(entry.files) || entry.files.length === 0 || !entry.files.every((f) => typeof f === 'string' && f !== '')) {
      throw new Error(`${where}: "files" must be a non-empty array of paths`)
    }
    if (!formats.has(entry.format)) throw new Error(`${where}: "format" must be one of json, po, js`)
    if (!audiences.has(entry.audience)) throw new Error(`${where}: "audience" must be customer or staff`)
    if (typeof entry.kind !== 'string' || entry.kind === '') throw new Error(`${where}: "kind" must be a non-empty string`)
    if (entry.export !== undefined && (entry.format !== 'js' || typeof entry.export !== 'string')) {
      throw new Error(`${where}: "export" is a dotted path and only applies to format js`)
    }
    if (entry.excludeKeys !== undefined && typeof entry.excludeKeys !== 'string') {
      throw new Error(`${where}: "excludeKeys" must be a regular expression source string`)
    }
  }
  return entries
}

/**
 * The installed directory of a package, found through Node's resolution from
 * this folder (its package.json, else its entry, walking up to the folder
 * named after the package), else under this folder's node_modules.
 * @param {string} name
 * @returns {string}
 */
export function packageDir(name) {
  const tail = join(...name.split('/'))
  const isRoot = (dir) => dir.endsWith(sep + tail) && existsSync(join(dir, 'package.json')) && readJson(join(dir, 'package.json')).name === name
  for (const request of [`${name}/package.json`, name]) {
    let dir
    try {
      dir = dirname(require.resolve(request))
    } catch {
      continue // not exported, or no "require" condition: try the next way
    }
    for (;;) {
      if (isRoot(dir)) return dir
      const up = dirname(dir)
      if (up === dir) break
      dir = up
    }
  }
  const dir = join(here, 'node_modules', tail)
  if (isRoot(dir)) return dir
  throw new Error(`@counterside/catalogs: package ${name} is not installed (run pnpm install at the repository root)`)
}

/**
 * Every string of every catalog: strings kept exactly as shipped, non-string
 * values and empty strings skipped, identical texts kept once per package
 * (the first key wins).
 * @returns {import('./index.js').CatalogString[]}
 */
export function readCatalogs() {
  const out = []
  for (const entry of readManifest()) {
    const dir = packageDir(entry.package)
    const installed = readJson(join(dir, 'package.json')).version
    if (installed !== entry.version) {
      throw new Error(`@counterside/catalogs: package ${entry.package} is installed at ${installed} but catalogs.json pins ${entry.version}; make package.json and catalogs.json agree and run pnpm install`)
    }
    const exclude = entry.excludeKeys === undefined ? undefined : new RegExp(entry.excludeKeys)
    const texts = new Set()
    for (const file of entry.files) {
      const path = join(dir, file)
      if (!existsSync(path)) {
        throw new Error(`@counterside/catalogs: package ${entry.package}@${entry.version} has no file ${file} (looked in ${dir})`)
      }
      let pairs
      try {
        pairs = readFile(entry, path)
      } catch (error) {
        throw new Error(`@counterside/catalogs: package ${entry.package}@${entry.version}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
      }
      for (const [key, text] of pairs) {
        if (typeof text !== 'string' || text === '') continue
        if (exclude && exclude.test(key)) continue
        if (texts.has(text)) continue
        texts.add(text)
        out.push({package: entry.package, version: entry.version, audience: entry.audience, key, text, file})
      }
    }
    if (texts.size === 0) throw new Error(`@counterside/catalogs: package ${entry.package}@${entry.version} yielded no strings from ${entry.files.join(', ')}`)
  }
  return out
}

/** @returns {Array<[string, unknown]>} */
function readFile(entry, path) {
  if (entry.format === 'json') return flatten(readJson(path))
  if (entry.format === 'po') return parsePo(readFileSync(path, 'utf8'))
  return flatten(pickExport(require(path), entry.export))
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))
}

function pickExport(mod, exportPath) {
  let value = mod
  if (exportPath !== undefined) {
    for (const part of exportPath.split('.')) {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || !(part in value)) {
        throw new Error(`the module has no export ${exportPath}`)
      }
      value = value[part]
    }
    return value
  }
  if (value && typeof value === 'object' && 'default' in value && value.default && typeof value.default === 'object') return value.default
  const names = value && typeof value === 'object' ? Object.keys(value).filter((k) => k !== '__esModule') : []
  if (names.length === 1) return value[names[0]]
  return value
}

/**
 * Nested objects and arrays to [dotted key, value] pairs, in key order.
 * @param {unknown} root
 * @returns {Array<[string, unknown]>}
 */
export function flatten(root) {
  const pairs = []
  const ancestors = new Set()
  const walk = (value, key) => {
    if (value !== null && typeof value === 'object') {
      if (ancestors.has(value)) return
      ancestors.add(value)
      for (const k of Object.keys(value)) walk(value[k], key === '' ? k : `${key}.${k}`)
      ancestors.delete(value)
      return
    }
    pairs.push([key, value])
  }
  walk(root, '')
  return pairs
}

/**
 * Gettext PO to [key, text] pairs: text is msgstr when non-empty, else msgid
 * (msgid_plural for the other plural forms). Key is msgid, prefixed with
 * "msgctxt|" when there is a context and suffixed with [n] for plural forms.
 * The header entry (empty msgid) and obsolete (#~) entries are skipped.
 * @param {string} source
 * @returns {Array<[string, string]>}
 */
export function parsePo(source) {
  const pairs = []
  let entry = {}
  let field
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgid !== '') {
      const base = entry.msgctxt === undefined ? entry.msgid : `${entry.msgctxt}|${entry.msgid}`
      if (entry.msgid_plural === undefined) {
        pairs.push([base, entry.msgstr || entry['msgstr[0]'] || entry.msgid])
      } else {
        const forms = Object.keys(entry).filter((k) => /^msgstr\[\d+\]$/.test(k)).sort((a, b) => index(a) - index(b))
        if (forms.length === 0) forms.push('msgstr[0]', 'msgstr[1]')
        for (const form of forms) {
          const n = index(form)
          pairs.push([`${base}[${n}]`, entry[form] || (n === 0 ? entry.msgid : entry.msgid_plural)])
        }
      }
    }
    entry = {}
    field = undefined
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '') return flush()
    if (line.startsWith('#')) {
      if (field !== undefined && field.startsWith('msgstr')) flush()
      return
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/.exec(line)
    if (m) {
      if ((m[1] === 'msgctxt' || m[1] === 'msgid') && field !== undefined && (field.startsWith('msgstr') || (m[1] === 'msgctxt' && field === 'msgid'))) flush()
      field = m[1]
      entry[field] = unquote(m[2], i + 1)
      return
    }
    if (line.startsWith('"') && field !== undefined) {
      entry[field] += unquote(line, i + 1)
      return
    }
    throw new Error(`PO line ${i + 1}: cannot parse ${JSON.stringify(raw.slice(0, 80))}`)
  })
  flush()
  return pairs
}

function index(form) {
  return Number(/\d+/.exec(form)[0])
}

const escapes = {n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'"}

function unquote(quoted, lineNumber) {
  if (quoted.length < 2 || !quoted.startsWith('"') || !quoted.endsWith('"')) throw new Error(`PO line ${lineNumber}: bad string ${quoted}`)
  const body = quoted.slice(1, -1)
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (all, esc) => {
    if (esc in escapes) return escapes[esc]
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16))
    if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8))
    return all
  })
}
