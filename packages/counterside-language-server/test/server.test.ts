/**
 * End to end: the built server over stdio, spoken to in JSON-RPC as an
 * editor would: open, diagnose, edit, fix, shut down.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspSession, type Diagnostic, type Published} from './lsp-session.js'

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))

interface TextEdit {
  readonly range: Diagnostic['range']
  readonly newText: string
}

interface CodeAction {
  readonly title: string
  readonly edit?: {changes: Record<string, TextEdit[]>}
  readonly command?: {command: string; arguments?: unknown[]}
}

let session: LspSession
let connection: LspSession['connection']
let folder: string
let published: Published[]

function diagnosticsFor(uri: string, accept?: (published: Published) => boolean, timeoutMs?: number): Promise<Diagnostic[]> {
  return session.diagnosticsFor(uri, accept, timeoutMs)
}

function open(filePath: string, languageId: string, text: string): string {
  return session.open(filePath, languageId, text)
}

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-lsp-')))
  const started = await LspSession.start(bin, folder)
  session = started.session
  connection = session.connection
  published = session.published
  expect(started.capabilities).toMatchObject({hoverProvider: true, codeActionProvider: expect.anything()})
})

afterAll(async () => {
  expect(await session.stop()).toBe(0)
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

  it('lints only what a CLI run on the workspace folder lints: not manifests, lock files or ignored files; catalogs yes', async () => {
    fs.writeFileSync(path.join(folder, '.countersideignore'), 'drafts/\n')
    const jargon = 'Upsell the extended warranty.'
    const skipped = [
      open(path.join(folder, 'package.json'), 'json', `{"name": "shop", "description": "${jargon}"}\n`),
      open(path.join(folder, 'tsconfig.json'), 'jsonc', `{"compilerOptions": {}, "//": "${jargon}"}\n`),
      open(path.join(folder, 'pnpm-lock.yaml'), 'yaml', `lockfileVersion: '9.0'\nnote: ${jargon}\n`),
      open(path.join(folder, 'drafts', 'next.md'), 'markdown', `${jargon}\n`)
    ]
    const catalog = open(path.join(folder, 'i18n', 'en.json'), 'json', `{"offer": "${jargon}"}\n`)
    expect((await diagnosticsFor(catalog)).map((diagnostic) => diagnostic.code)).toEqual(['sales-jargon'])
    // Each is answered (with nothing), not left waiting: the editor clears whatever it showed.
    for (const uri of skipped) expect(await diagnosticsFor(uri, (item) => item.version === 1)).toEqual([])
  })

  it('publishes only the latest version of a long document edited while it is being linted', async () => {
    // Versions 2 and 3 hold sales jargon; version 4 is plain copy with no finding.
    const paragraph = (word: string) => `You can add the extended-warranty ${word} at checkout.\n\n`
    const text = (word: string, lines: number) => `# Long page\n\n${paragraph(word).repeat(lines / 2)}`
    const uri = open(path.join(folder, 'long.md'), 'markdown', text('upsell', 4000))
    // Each edit comes after the debounce, while the run before it is linting 4,000 lines (1,000 lines were linted within the 250 ms once lintText got faster): that run is superseded.
    for (const [version, word] of [[2, 'upsell'], [3, 'cross-sell'], [4, 'plan']] as const) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      await session.change(uri, version, text(word, 4000))
    }

    expect(await diagnosticsFor(uri, (item) => item.version === 4, 60_000)).toEqual([])
    expect(session.publishedFor(uri).map((item) => item.version)).toEqual([4])
  })

  it('publishes a short document\'s findings while a long one is still being linted', async () => {
    // Two documents at once: each of the two workers lints one, so neither is linting for the first time below.
    const warm = [open(path.join(folder, 'warm-1.md'), 'markdown', 'Thanks.\n'), open(path.join(folder, 'warm-2.md'), 'markdown', 'Thanks.\n')]
    for (const uri of warm) await diagnosticsFor(uri)
    const big = open(path.join(folder, 'big.md'), 'markdown', '# Big\n\n' + 'Offer the extended-warranty upsell to every customer at checkout.\n\n'.repeat(1000))
    const small = open(path.join(folder, 'small.md'), 'markdown', 'Upsell the extended warranty.\n')
    expect((await diagnosticsFor(small)).map((diagnostic) => diagnostic.code)).toEqual(['sales-jargon'])
    expect(await diagnosticsFor(big, undefined, 60_000)).toHaveLength(1000)
    // Order, not time: the small document's diagnostics came before the big one's, though it was opened after it.
    expect(published.findIndex((item) => item.uri === small)).toBeLessThan(published.findIndex((item) => item.uri === big))
  })
})
