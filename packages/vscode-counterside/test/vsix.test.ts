/**
 * The .vsix as VS Code installs it, built here by the package script into a
 * temp folder (CI packages again after the tests): self-contained (no
 * node_modules), the manifest's `main` and the server's `bin` inside it, the
 * bundled client resolving the bundled server (loaded with a stub `vscode`,
 * since VS Code cannot run here), and that server linting on its own, JS
 * configs (read by its child process) included.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join, posix} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspSession} from '../../counterside-language-server/test/lsp-session.js'
import {readZip} from './zip.js'

const packageDir = fileURLToPath(new URL('../', import.meta.url))
const top = realpathSync(mkdtempSync(join(tmpdir(), 'counterside-vsix-')))
const unpacked = join(top, 'unpacked')
const extensionDir = join(unpacked, 'extension')
let entries: Map<string, Buffer>

interface Manifest {
  readonly main?: string
  readonly type?: string
  readonly bin?: Record<string, string>
}

const manifestOf = (entry: string) => JSON.parse(entries.get(entry)!.toString('utf8')) as Manifest

interface BundledClient {
  readonly activate?: unknown
  serverLocation(extensionPath: string): unknown
  languageClientOptions(): {initializationOptions?: unknown; synchronize?: {configurationSection?: unknown}}
}

/**
 * The bundled client, loaded as VS Code loads it. `vscode` is the editor's
 * module: a stub with what the client reads, whose `counterside.*` settings
 * a test sets with `setSettings` (absent ones answer the default asked for).
 */
function loadClient(): {client: BundledClient; setSettings(values: Record<string, unknown>): void} {
  const stub = join(unpacked, 'node_modules', 'vscode')
  mkdirSync(stub, {recursive: true})
  writeFileSync(join(stub, 'index.js'), [
    'let values = {}',
    'const settings = {get: (key, fallback) => (key in values ? values[key] : fallback)}',
    'const anything = () => new Proxy(class {}, {get: (target, key) => (key in target ? target[key] : anything())})',
    'const api = {workspace: {getConfiguration: () => settings, workspaceFolders: undefined}, setSettings: (next) => { values = next }}',
    'module.exports = new Proxy(api, {get: (target, key) => (key in target ? target[key] : anything())})'
  ].join('\n'))
  const require = createRequire(join(extensionDir, 'package.json'))
  return {client: require('./extension.cjs') as BundledClient, setSettings: (require('vscode') as {setSettings(values: Record<string, unknown>): void}).setSettings}
}

beforeAll(() => {
  const vsix = join(top, 'counterside.vsix')
  execFileSync(process.execPath, [join(packageDir, 'scripts', 'package.js'), '--out', vsix, '--staging', join(top, 'staging')], {stdio: 'pipe', timeout: 120_000})
  entries = readZip(readFileSync(vsix))
  for (const [name, data] of entries) {
    if (name.endsWith('/')) continue
    mkdirSync(dirname(join(unpacked, name)), {recursive: true})
    writeFileSync(join(unpacked, name), data)
  }
}, 180_000)

afterAll(() => rmSync(top, {recursive: true, force: true}))

describe('the .vsix', () => {
  it('holds the client the manifest names and the server its package.json names, and no node_modules', () => {
    const main = manifestOf('extension/package.json').main
    expect(main).toBe('./extension.cjs')
    expect(entries.has(posix.join('extension', main!))).toBe(true)
    const server = manifestOf('extension/server/package.json')
    expect(server.type).toBe('module')
    expect(server.bin).toEqual({'counterside-language-server': './dist/bin.js'})
    // The worker and the CLI's JS-config child are found beside the code that starts them.
    for (const file of ['bin.js', 'lint-worker.js', 'js-config-child.js']) expect(entries.has(`extension/server/dist/${file}`), file).toBe(true)
    expect([...entries.keys()].filter((name) => name.includes('node_modules/'))).toEqual([])
  })

  it('has a client that, loaded as VS Code loads it, starts the bundled server', () => {
    const {client} = loadClient()
    expect(typeof client.activate).toBe('function')
    const location = client.serverLocation(extensionDir) as {kind: string; path: string}
    expect(location).toEqual({kind: 'module', path: join(extensionDir, 'server', 'dist', 'bin.js')})
    // The path the client starts is a file the .vsix holds (unpacked above), the server's own bin.
    expect(existsSync(location.path)).toBe(true)
  })

  it('has a client that passes the counterside.* settings to the server, which applies them', async () => {
    const {client, setSettings} = loadClient()
    const workspace = join(top, 'settings-workspace')
    mkdirSync(workspace)
    writeFileSync(join(workspace, 'quiet.json'), JSON.stringify({rules: {'sales-jargon': 'off'}}))
    setSettings({minConfidence: 0.85, configPath: 'quiet.json'})
    const options = client.languageClientOptions()
    expect(options.initializationOptions).toEqual({enable: true, minConfidence: 0.85, configPath: 'quiet.json'})
    // Changes reach the server as `workspace/didChangeConfiguration` for the section.
    expect(options.synchronize?.configurationSection).toBe('counterside')
    const {session} = await LspSession.start(join(extensionDir, 'server', 'dist', 'bin.js'), workspace, {initializationOptions: options.initializationOptions})
    try {
      // customer-blame (0.7) and dead-end-error (0.8) are below the setting; sales-jargon is off in the config the setting names.
      const uri = session.open(join(workspace, 'page.md'), 'markdown', 'Invalid input. Upsell the warranty. DO NOT CLOSE THIS WINDOW.\n')
      expect((await session.diagnosticsFor(uri)).map((diagnostic) => diagnostic.code)).toEqual(['shouting'])
      expect(await session.stop()).toBe(0)
    } finally {
      session.kill()
    }
  })

  it('has a server that runs from the unpacked extension alone and lints with a JS config', async () => {
    const workspace = join(top, 'workspace')
    mkdirSync(workspace)
    writeFileSync(join(workspace, 'counterside.config.js'), 'export default {rules: {shouting: \'off\'}}\n')
    const {session} = await LspSession.start(join(extensionDir, 'server', 'dist', 'bin.js'), workspace)
    try {
      const uri = session.open(join(workspace, 'page.md'), 'markdown', 'Upsell the warranty. DO NOT CLOSE THIS WINDOW.\n')
      expect((await session.diagnosticsFor(uri)).map((diagnostic) => diagnostic.code)).toEqual(['sales-jargon'])
      expect(await session.stop()).toBe(0)
    } finally {
      session.kill()
    }
  })
})
