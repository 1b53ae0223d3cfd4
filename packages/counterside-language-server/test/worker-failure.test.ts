/**
 * End to end, a lint worker that dies: the server (built, over stdio, with
 * the scripted worker of fixtures/) clears the document's findings, logs
 * why, lints the next version in a new worker and still shuts down cleanly.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspSession} from './lsp-session.js'

const entry = fileURLToPath(new URL('./fixtures/server-with-scripted-worker.mjs', import.meta.url))
let session: LspSession
let folder: string

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-lsp-failure-')))
  session = (await LspSession.start(entry, folder)).session
})

afterAll(() => {
  session.kill()
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('a lint worker that dies', () => {
  it('leaves the document without findings, logs an error, and the next edit is linted by a new worker', async () => {
    const uri = session.open(path.join(folder, 'page.md'), 'markdown', 'config error: shown before the crash')
    expect(await session.diagnosticsFor(uri, (item) => item.version === 1)).toMatchObject([{message: expect.stringContaining('shown before the crash')}])
    await session.change(uri, 2, 'exit')
    expect(await session.diagnosticsFor(uri, (item) => item.version === 2)).toEqual([])
    expect(session.logs).toContainEqual({type: 1, message: `counterside: could not lint ${path.join(folder, 'page.md')}, so it shows no findings: the lint worker stopped (exit code 7); it was restarted`})

    await session.change(uri, 3, 'config error: linted again')
    expect(await session.diagnosticsFor(uri, (item) => item.version === 3)).toMatchObject([{message: expect.stringContaining('linted again')}])
    expect(await session.stop()).toBe(0)
  })
})
