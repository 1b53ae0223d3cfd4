/**
 * The extension's manifest against its own code and the CLI: settings a user
 * can read in the Settings UI, activation for every file type the client
 * selects, `main` at the compiled client, and the same extensions as the CLI.
 * Reads the manifest and the compiled selector (after `tsc -b`): no VS Code, no packaging.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extensions as cliExtensions} from '../../counterside/src/formats/index.js'
import {documentSelector, filePattern, fileTypes} from '../dist/document-selector.cjs'

const packageDir = fileURLToPath(new URL('../', import.meta.url))

interface Setting {
  readonly type?: string | readonly string[]
  readonly default?: unknown
  readonly description?: string
  readonly markdownDescription?: string
}

interface ExtensionManifest {
  readonly name: string
  readonly publisher?: string
  readonly displayName?: string
  readonly categories?: readonly string[]
  readonly private?: boolean
  readonly main?: string
  readonly engines?: Readonly<Record<string, string>>
  readonly activationEvents?: readonly string[]
  readonly devDependencies?: Readonly<Record<string, string>>
  readonly contributes?: {readonly configuration?: {readonly properties?: Readonly<Record<string, Setting>>}}
}

const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as ExtensionManifest
const settings = Object.entries(manifest.contributes?.configuration?.properties ?? {})

describe('vscode-counterside manifest', () => {
  it('has what the Marketplace and VS Code require of an extension', () => {
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/)
    expect(manifest.displayName).toBe('Counterside')
    expect(manifest.categories).toContain('Linters')
    // Shipped as a .vsix, never to npm.
    expect(manifest.private).toBe(true)
    expect(manifest.engines?.vscode).toMatch(/^\^1\.\d+\.\d+$/)
  })

  it('type-checks against the oldest VS Code it accepts (vsce refuses newer @types/vscode)', () => {
    const engine = /^\^(\d+\.\d+)\./.exec(manifest.engines?.vscode ?? '')?.[1]
    expect(manifest.devDependencies?.['@types/vscode']).toBe(`~${engine}.0`)
  })

  it('has the settings the issue names, each with a type, a default and a description', () => {
    expect(settings.map(([key]) => key).sort()).toEqual(['counterside.configPath', 'counterside.enable', 'counterside.minConfidence', 'counterside.serverPath'])
    for (const [key, setting] of settings) {
      expect(setting.type, key).toBeDefined()
      expect(Object.hasOwn(setting, 'default'), key).toBe(true)
      expect(setting.description ?? setting.markdownDescription, key).toMatch(/\w{3}.*\./)
    }
  })

  it('points main at the compiled client', () => {
    // tsc compiles src/extension.cts to dist/extension.cjs; the .vsix bundles the same entry.
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(readFileSync(join(packageDir, 'src', 'extension.cts'), 'utf8')).toMatch(/export async function activate\(/)
  })

  it('selects exactly the extensions the CLI reads', () => {
    const selected = fileTypes.flatMap((type) => type.extensions)
    expect(new Set(selected).size).toBe(selected.length)
    expect([...selected].sort()).toEqual([...cliExtensions].sort())
  })

  it('selects every saved file by its pattern and unsaved buffers only by a prose language', () => {
    const patterns = documentSelector.filter((filter) => filter.scheme === 'file').map((filter) => filter.pattern)
    expect(patterns).toEqual(fileTypes.map(filePattern))
    const languages = documentSelector.filter((filter) => filter.scheme === 'untitled').map((filter) => filter.language)
    expect(languages).toEqual(['markdown', 'mdx', 'html', 'plaintext'])
  })

  it('activates for every filter of the document selector', () => {
    const events = new Set(manifest.activationEvents)
    for (const filter of documentSelector) {
      const event = filter.pattern === undefined ? `onLanguage:${filter.language}` : `workspaceContains:${filter.pattern}`
      expect(events.has(event), event).toBe(true)
    }
    // No catch-all: the server starts only where there is copy to lint.
    expect(events.has('*')).toBe(false)
    expect(events.has('onStartupFinished')).toBe(false)
  })
})
