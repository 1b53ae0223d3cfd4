/**
 * End to end: the editor's `counterside` settings over stdio, as a client
 * sends them in `initializationOptions`, pushes them in
 * `workspace/didChangeConfiguration`, or answers `workspace/configuration`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspSession, type Published} from './lsp-session.js'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
// customer-blame at confidence 0.7, sales-jargon at 1: a minConfidence of 0.8 keeps only the second.
const text = 'Invalid input. Please try again.\n\nUpsell the extended warranty.\n'
const folders: string[] = []

function tempFolder(): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-lsp-settings-')))
  folders.push(folder)
  return folder
}

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

const codes = (diagnostics: ReadonlyArray<{code?: string}>) => diagnostics.map((diagnostic) => diagnostic.code)
/** As VS Code pushes them: the whole section, each setting at its default unless given. */
async function push(session: LspSession, settings: Record<string, unknown>): Promise<void> {
  await session.connection.sendNotification('workspace/didChangeConfiguration', {settings: {counterside: {enable: true, minConfidence: null, configPath: '', ...settings}}})
}

/** Published after the `count`th notification so far: the answer to what the test did since. */
const after = (session: LspSession, count: number) => (item: Published) => session.published.indexOf(item) >= count

describe('settings sent by the client (initializationOptions, didChangeConfiguration)', () => {
  let session: LspSession
  let folder: string

  beforeAll(async () => {
    folder = tempFolder()
    fs.mkdirSync(path.join(folder, 'configs'))
    fs.writeFileSync(path.join(folder, 'configs', 'no-jargon.json'), JSON.stringify({rules: {'sales-jargon': 'off'}}))
    session = (await LspSession.start(bin, folder, {initializationOptions: {enable: true, minConfidence: 0.8, configPath: ''}})).session
  })

  afterAll(async () => {
    expect(await session.stop()).toBe(0)
  })

  it('filters findings by the minConfidence of the initialization options, as the config key does', async () => {
    const uri = session.open(path.join(folder, 'filtered.md'), 'markdown', text)
    expect(codes(await session.diagnosticsFor(uri))).toEqual(['sales-jargon'])
    // null: the config's minConfidence (the default 0.5) applies again, and the open document is linted again.
    const before = session.published.length
    await push(session, {minConfidence: null})
    expect(codes(await session.diagnosticsFor(uri, after(session, before)))).toEqual(['customer-blame', 'sales-jargon'])
  })

  it('clears every finding on enable: false, lints nothing while off, and lints again when turned back on', async () => {
    const uri = session.open(path.join(folder, 'toggled.md'), 'markdown', text)
    expect(await session.diagnosticsFor(uri)).toHaveLength(2)
    await push(session, {enable: false})
    expect(await session.diagnosticsFor(uri, (item) => item.diagnostics.length === 0)).toEqual([])
    // Opened while off: no run, so nothing is published for it.
    const whileOff = session.open(path.join(folder, 'while-off.md'), 'markdown', text)
    const before = session.published.length
    await push(session, {enable: true})
    expect(await session.diagnosticsFor(whileOff, after(session, before))).toHaveLength(2)
    expect(session.publishedFor(whileOff).map((item) => item.diagnostics.length)).toEqual([2])
    expect(await session.diagnosticsFor(uri, after(session, before))).toHaveLength(2)
  })

  it('uses the configPath config alone, as the CLI\'s --config; a missing one is told once, naming the file and the setting, and the server carries on', async () => {
    const uri = session.open(path.join(folder, 'configured.md'), 'markdown', text)
    expect(await session.diagnosticsFor(uri)).toHaveLength(2)
    let before = session.published.length
    await push(session, {configPath: 'configs/no-jargon.json'})
    expect(codes(await session.diagnosticsFor(uri, after(session, before)))).toEqual(['customer-blame'])

    before = session.published.length
    await push(session, {configPath: 'configs/missing.json'})
    const shown = await session.messageMatching((message) => message.message.includes('missing.json'))
    expect(shown.type).toBe(1)
    expect(shown.message).toContain('configs/missing.json: cannot read the config: no such file')
    expect(shown.message).toContain('counterside.configPath setting')
    const [diagnostic, ...others] = await session.diagnosticsFor(uri, after(session, before))
    expect(others).toEqual([])
    expect(diagnostic!.message).toContain('configs/missing.json')
    // Every open document shows the problem; the message came once.
    await session.diagnosticsFor(session.open(path.join(folder, 'second.md'), 'markdown', text), (item) => item.diagnostics[0]?.message.includes('missing.json') === true)
    expect(session.messages.filter((message) => message.message.includes('missing.json'))).toHaveLength(1)

    // Alive: it answers, and lints again once the setting is fixed.
    expect(await session.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})).toBeNull()
    before = session.published.length
    await push(session, {configPath: ''})
    expect(await session.diagnosticsFor(uri, after(session, before))).toHaveLength(2)
  })

  it('warns about a setting it cannot use and keeps the others', async () => {
    const uri = session.open(path.join(folder, 'invalid-setting.md'), 'markdown', text)
    expect(await session.diagnosticsFor(uri)).toHaveLength(2)
    await push(session, {minConfidence: 2, configPath: 'configs/no-jargon.json'})
    const shown = await session.messageMatching((message) => message.message.includes('minConfidence'))
    expect(shown.type).toBe(2)
    expect(shown.message).toMatch(/counterside\.minConfidence setting.*1/)
    expect(codes(await session.diagnosticsFor(uri, (item) => item.diagnostics.length === 1))).toEqual(['customer-blame'])
  })
})

describe('settings the server asks for (workspace/configuration)', () => {
  it('pulls the counterside section at start and again on didChangeConfiguration, over the initialization options', async () => {
    const folder = tempFolder()
    fs.writeFileSync(path.join(folder, 'no-jargon.json'), JSON.stringify({rules: {'sales-jargon': 'off'}}))
    let answer: unknown = {enable: true, minConfidence: 0.8, configPath: ''}
    const {session} = await LspSession.start(bin, folder, {initializationOptions: {minConfidence: 0.1}, settings: () => answer})
    try {
      const uri = session.open(path.join(folder, 'pulled.md'), 'markdown', text)
      // The first run already has the pulled settings: nothing unfiltered was published before.
      expect(codes(await session.diagnosticsFor(uri))).toEqual(['sales-jargon'])
      expect(session.publishedFor(uri)).toHaveLength(1)
      answer = {enable: true, minConfidence: null, configPath: path.join(folder, 'no-jargon.json')}
      const before = session.published.length
      // VS Code's client may push nothing: the server asks.
      await session.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
      expect(codes(await session.diagnosticsFor(uri, after(session, before)))).toEqual(['customer-blame'])
      expect(await session.stop()).toBe(0)
    } finally {
      session.kill()
    }
  })
})
