/**
 * `counterside/extract` runs in the playground's Web Worker: nothing on its
 * import graph, dependencies included, may import a Node built-in. The
 * graph is walked by Vite with the page's own resolution (browser and
 * worker conditions), so a dependency's Node-only entry counts too.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, defaultClientConditions} from 'vite'
import {afterAll, describe, expect, it} from 'vitest'
import {nodeBuiltinImports} from '../node-builtins.js'

const extractEntry = fileURLToPath(new URL('../../counterside/dist/extract.js', import.meta.url))
const scratch = mkdtempSync(path.join(os.tmpdir(), 'counterside-extract-graph-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

/** Every `importer → built-in` on the browser graph of `entry`. */
async function nodeImportsOf(entry: string): Promise<string[]> {
  const found: string[] = []
  await build({
    configFile: false,
    logLevel: 'silent',
    root: scratch,
    resolve: {conditions: ['worker', ...defaultClientConditions]},
    plugins: [nodeBuiltinImports((source, importer) => found.push(`${path.relative(scratch, importer ?? entry)} → ${source}`))],
    build: {write: false, lib: {entry, formats: ['es'], fileName: 'graph'}, rollupOptions: {onwarn: () => undefined}}
  })
  return found
}

describe('counterside/extract in a browser', () => {
  it('has no Node built-in anywhere on its import graph', async () => {
    expect(await nodeImportsOf(extractEntry)).toEqual([])
  })

  it('would be caught importing one (the check can fail)', async () => {
    const entry = path.join(scratch, 'uses-fs.js')
    writeFileSync(entry, "import {readFileSync} from 'node:fs'\nexport const read = readFileSync\n")
    expect(await nodeImportsOf(entry)).toEqual(['uses-fs.js → node:fs'])
  })
})
