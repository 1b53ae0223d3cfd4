/**
 * End to end: the built server over stdio, spoken to in JSON-RPC as an
 * editor would: open, diagnose, edit, fix, shut down.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

interface Diagnostic {
  readonly range: {readonly start: {line: number; character: number}; readonly end: {line: number; character: number}}
  readonly code?: string
  readonly codeDescription?: {href: string}
  readonly source?: string
  readonly severity?: number
  readonly message: string
  readonly data?: unknown
}

interface Published {
  readonly uri: string
  readonly version?: number
  readonly diagnostics: Diagnostic[]
}

interface TextEdit {
  readonly range: Diagnostic['range']
  readonly newText: string
}

interface CodeAction {
  readonly title: string
  readonly edit?: {changes: Record<string, TextEdit[]>}
  readonly command?: {command: string; arguments?: unknown[]}
}

let child: ChildProcess
let connection: MessageConnection
let folder: string
const published: Published[] = []
const waiters: Array<() => void> = []

/** The latest diagnostics published for `uri`, once they satisfy `accept` (within 5 s, else the test fails saying what came). */
function diagnosticsFor(uri: string, accept: (published: Published) => boolean = () => true): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; published: ${JSON.stringify(published.filter((item) => item.uri === uri))}`)), 5000)
    const check = () => {
      const match = published.findLast((item) => item.uri === uri)
      if (match && accept(match)) {
        clearTimeout(timer)
        resolve(match.diagnostics)
        return true
      }

      return false
    }

    if (!check()) waiters.push(function retry() { if (!check()) waiters.push(retry) })
  })
}

function open(filePath: string, languageId: string, text: string): string {
  fs.mkdirSync(path.dirname(filePath), {recursive: true})
  fs.writeFileSync(filePath, text)
  const uri = pathToFileURL(filePath).href
  void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
  return uri
}

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-lsp-')))
  child = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.listen()
  const result = await connection.sendRequest<{capabilities: Record<string, unknown>}>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'fixture'}],
    capabilities: {}
  })
  expect(result.capabilities).toMatchObject({hoverProvider: true, codeActionProvider: expect.anything()})
  await connection.sendNotification('initialized', {})
})

afterAll(async () => {
  await connection.sendRequest('shutdown')
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await connection.sendNotification('exit')
  expect(await exited).toBe(0)
  connection.dispose()
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('counterside-language-server over stdio', () => {
  it('diagnoses a Markdown document with the rule, its docs and exact UTF-16 ranges, and clears them when the text is fixed', async () => {
    // The emoji is two UTF-16 units: a byte or code-point count would put the range elsewhere.
    const text = '# Hi 🎉\n\nOffer the 🎉 extended-warranty upsell.\n'
    const uri = open(path.join(folder, 'docs', 'offer.md'), 'markdown', text)
    const diagnostics = await diagnosticsFor(uri)
    expect(diagnostics).toHaveLength(1)
    const [finding] = diagnostics
    expect(finding).toMatchObject({
      code: 'sales-jargon',
      source: 'counterside',
      severity: 1,
      codeDescription: {href: 'https://github.com/counterside/counterside/blob/main/docs/rules/sales-jargon.md'},
      range: {start: {line: 2, character: 31}, end: {line: 2, character: 37}}
    })
    expect(text.split('\n')[2]!.slice(31, 37)).toBe('upsell')

    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: finding!.range, text: 'protection plan'}]
    })
    expect(await diagnosticsFor(uri, (item) => item.version === 2)).toEqual([])
  })

  it('lints a burst of edits once, for the latest version', async () => {
    const uri = open(path.join(folder, 'burst.md'), 'markdown', 'Thanks.\n')
    expect(await diagnosticsFor(uri)).toEqual([])
    const end = {line: 0, character: 7}
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{range: {start: end, end}, text: ' Upsell it.'}]})
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{range: {start: {line: 0, character: 8}, end: {line: 0, character: 14}}, text: 'Keep'}]})
    expect(await diagnosticsFor(uri, (item) => item.version === 3)).toEqual([])
    // Version 2 (with the finding) was superseded before its run: never published.
    expect(published.filter((item) => item.uri === uri).map((item) => item.version)).toEqual([1, 3])
  })

  it('diagnoses a JSON catalog under locales/ on the message line, naming the key', async () => {
    const uri = open(path.join(folder, 'locales', 'en.json'), 'json', '{\n  "checkout.title": "Upsell the extended warranty."\n}\n')
    const diagnostics = await diagnosticsFor(uri)
    expect(diagnostics).toMatchObject([{code: 'sales-jargon', range: {start: {line: 1, character: 21}, end: {line: 1, character: 27}}}])
    expect(diagnostics[0]!.message).toContain('(key: checkout.title)')
  })

  it('offers the suggestion, a directive and the docs as code actions; applying the suggestion clears the finding', async () => {
    const text = 'Saved.\n\nDO NOT CLOSE THIS WINDOW.\n'
    const uri = open(path.join(folder, 'wait.md'), 'markdown', text)
    const diagnostics = await diagnosticsFor(uri)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['shouting'])
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostics[0]!.range, context: {diagnostics}})
    expect(actions.map((action) => action.title)).toEqual([
      'Replace “DO NOT CLOSE THIS WINDOW” with “Do not close this window”',
      'Disable shouting for this line',
      'Open rule documentation: shouting'
    ])
    expect(actions[1]!.edit!.changes[uri]).toEqual([{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, newText: '<!-- counterside-disable-next-line shouting -->\n'}])
    expect(actions[2]!.command).toMatchObject({command: 'counterside.openRuleDocs', arguments: ['https://github.com/counterside/counterside/blob/main/docs/rules/shouting.md']})

    const [edit] = actions[0]!.edit!.changes[uri]!
    expect(edit).toEqual({range: {start: {line: 2, character: 0}, end: {line: 2, character: 24}}, newText: 'Do not close this window'})
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{range: edit!.range, text: edit!.newText}]})
    expect(await diagnosticsFor(uri, (item) => item.version === 2)).toEqual([])
  })

  it('replaces the suggestion\'s own range, not the diagnostic\'s', async () => {
    const uri = open(path.join(folder, 'own-range.md'), 'markdown', 'Saved.\n\nDO NOT CLOSE THIS WINDOW.\n')
    const [diagnostic] = await diagnosticsFor(uri)
    // A sentence rewrite: the diagnostic's data names a wider range (the words and the full stop) than the diagnostic.
    const data = diagnostic!.data as {suggestions: Array<{desc: string; text: string; range: Diagnostic['range']}>}
    const sentence = {start: {line: 2, character: 0}, end: {line: 2, character: 25}}
    const widened = {...diagnostic!, data: {suggestions: [{...data.suggestions[0]!, text: 'You can close this window now.', range: sentence}]}}
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: diagnostic!.range, context: {diagnostics: [widened]}})
    expect(actions[0]!.edit!.changes[uri]).toEqual([{range: sentence, newText: 'You can close this window now.'}])
  })

  it('explains a finding on hover: the rule, why it matters, the alternatives', async () => {
    const uri = open(path.join(folder, 'hover.md'), 'markdown', 'DO NOT CLOSE THIS WINDOW.\n')
    await diagnosticsFor(uri)
    const hover = await connection.sendRequest<{contents: {value: string}} | null>('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 3}})
    expect(hover?.contents.value).toMatch(/^\*\*shouting\*\*: /)
    expect(hover?.contents.value).toContain('Alternatives:\n- Replace “DO NOT CLOSE THIS WINDOW” with “Do not close this window”')
    expect(await connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 1, character: 0}})).toBeNull()
  })

  it('re-lints open documents when a config file changes', async () => {
    const uri = open(path.join(folder, 'configured', 'page.md'), 'markdown', 'Offer the extended-warranty upsell.\n')
    expect((await diagnosticsFor(uri)).map((diagnostic) => diagnostic.code)).toEqual(['sales-jargon'])
    const config = path.join(folder, 'configured', '.countersiderc.json')
    fs.writeFileSync(config, JSON.stringify({rules: {'sales-jargon': 'off'}}))
    const before = published.length
    await connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 1}]})
    expect(await diagnosticsFor(uri, (item) => published.indexOf(item) >= before)).toEqual([])
  })
})
