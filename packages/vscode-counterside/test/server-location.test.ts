/** Finding the language server: the setting, then a workspace's copy, then the one the .vsix carries, then a development checkout's. */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {bundledServerFolder, locateServer} from '../dist/server-location.cjs'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

function tempFolder(): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'counterside-vscode-')))
  folders.push(folder)
  return folder
}

/** A package folder for the server: `package.json` declaring `bin`, and the bin. */
function serverPackageIn(folder: string, bin: string | Record<string, string>): string {
  mkdirSync(join(folder, 'dist'), {recursive: true})
  writeFileSync(join(folder, 'package.json'), JSON.stringify({name: 'counterside-language-server', bin}))
  writeFileSync(join(folder, 'dist', 'bin.js'), '')
  return join(folder, 'dist', 'bin.js')
}

/** An extension folder as the .vsix installs it, with the bundled server. */
function installedExtension(): {extension: string; bin: string} {
  const extension = tempFolder()
  return {extension, bin: serverPackageIn(join(extension, bundledServerFolder), {'counterside-language-server': './dist/bin.js'})}
}

describe('locateServer', () => {
  it('runs the workspace copy\'s bin, by name or as the only bin, before the bundled one', () => {
    const {extension} = installedExtension()
    const named = tempFolder()
    const namedBin = serverPackageIn(join(named, 'node_modules', 'counterside-language-server'), {'counterside-language-server': './dist/bin.js'})
    expect(locateServer('', [named], extension)).toEqual({kind: 'module', path: namedBin})
    const only = tempFolder()
    const onlyBin = serverPackageIn(join(only, 'node_modules', 'counterside-language-server'), './dist/bin.js')
    expect(locateServer('', [only], extension)).toEqual({kind: 'module', path: onlyBin})
  })

  it('runs the server the .vsix carries where the workspace has none', () => {
    const {extension, bin} = installedExtension()
    expect(locateServer('', [tempFolder()], extension)).toEqual({kind: 'module', path: bin})
    expect(locateServer('', [], extension)).toEqual({kind: 'module', path: bin})
  })

  it('in a development checkout, runs the workspace package linked beside the extension (its package.json is exported)', () => {
    const packageDir = fileURLToPath(new URL('../', import.meta.url))
    expect(locateServer('', [], packageDir)).toEqual({kind: 'module', path: realpathSync(join(packageDir, '..', 'counterside-language-server', 'dist', 'bin.js'))})
  })

  it('finds nothing where no server is installed (the extension then says how to get one)', () => {
    expect(locateServer('', [tempFolder()], tempFolder())).toBeUndefined()
  })

  it('lets counterside.serverPath win: a script runs with Node, anything else as a program; relative to the first folder', () => {
    const {extension} = installedExtension()
    const root = tempFolder()
    expect(locateServer('/opt/server/bin.mjs', [root], extension)).toEqual({kind: 'module', path: '/opt/server/bin.mjs'})
    expect(locateServer('tools/counterside-ls', [root], extension)).toEqual({kind: 'executable', path: join(root, 'tools', 'counterside-ls')})
  })
})
