/** Finding the language server before it is installed beside the extension: the setting, then a workspace's copy. */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {locateServer} from '../dist/server-location.cjs'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

/** A workspace with `node_modules/counterside-language-server` whose manifest declares `bin`. */
function workspaceWithServer(bin: string | Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'counterside-vscode-')))
  folders.push(root)
  const server = join(root, 'node_modules', 'counterside-language-server')
  mkdirSync(join(server, 'dist'), {recursive: true})
  writeFileSync(join(server, 'package.json'), JSON.stringify({name: 'counterside-language-server', bin}))
  writeFileSync(join(server, 'dist', 'bin.js'), '')
  return root
}

describe('locateServer', () => {
  it('runs the workspace copy\'s bin, by name or as the only bin', () => {
    const named = workspaceWithServer({'counterside-language-server': './dist/bin.js'})
    expect(locateServer('', [named])).toEqual({kind: 'module', path: join(named, 'node_modules', 'counterside-language-server', 'dist', 'bin.js')})
    const only = workspaceWithServer('./dist/bin.js')
    expect(locateServer('', [only])).toEqual({kind: 'module', path: join(only, 'node_modules', 'counterside-language-server', 'dist', 'bin.js')})
  })

  it('finds nothing where no server is installed (the extension then says how to install one)', () => {
    const empty = realpathSync(mkdtempSync(join(tmpdir(), 'counterside-vscode-')))
    folders.push(empty)
    expect(locateServer('', [empty])).toBeUndefined()
  })

  it('lets counterside.serverPath win: a script runs with Node, anything else as a program; relative to the first folder', () => {
    const root = workspaceWithServer('./dist/bin.js')
    expect(locateServer('/opt/server/bin.mjs', [root])).toEqual({kind: 'module', path: '/opt/server/bin.mjs'})
    expect(locateServer('tools/counterside-ls', [root])).toEqual({kind: 'executable', path: join(root, 'tools', 'counterside-ls')})
  })
})
