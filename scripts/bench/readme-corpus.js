/**
 * A corpus of real README Markdown: the readmes of the packages installed in
 * node_modules, deduplicated and taken in a fixed order up to a size cap, so
 * every benchmark row reads the same input without touching the network.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const store = path.join(root, 'node_modules', '.pnpm')

/** @returns {Array<{path: string, text: string}>} */
export function readmeCorpus({maxBytes = 5 * 1024 * 1024} = {}) {
  const files = []
  const seen = new Set()
  let bytes = 0
  for (const entry of readdirSync(store).sort()) {
    const modules = path.join(store, entry, 'node_modules')
    for (const file of readmesUnder(modules)) {
      const text = readFileSync(file, 'utf8')
      const hash = createHash('sha1').update(text).digest('hex')
      if (seen.has(hash) || text.length < 200) continue
      seen.add(hash)
      const size = Buffer.byteLength(text)
      if (bytes + size > maxBytes) return files
      files.push({path: file, text})
      bytes += size
    }
  }

  return files
}

function readmesUnder(modules) {
  const found = []
  let names
  try {
    names = readdirSync(modules)
  } catch {
    return found
  }

  for (const name of names.sort()) {
    const directories = name.startsWith('@') ? readdirSync(path.join(modules, name)).map((inner) => path.join(name, inner)) : [name]
    for (const directory of directories) {
      const base = path.join(modules, directory)
      try {
        if (!statSync(base).isDirectory()) continue
        const readme = readdirSync(base).find((file) => /^readme\.md$/i.test(file))
        if (readme) found.push(path.join(base, readme))
      } catch {
        // A dangling link in the store: not a package.
      }
    }
  }

  return found
}
