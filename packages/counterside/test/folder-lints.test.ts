/**
 * `folderLints` (one path at a time, for the language server) against
 * `discoverFiles` (the CLI's folder walk): on one project tree, the files the
 * predicate takes are exactly the files `counterside <root>` lints.
 */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {loadConfigs} from '../src/config/load.js'
import {ConfigResolver} from '../src/config/resolve.js'
import {discoverFiles, folderLints} from '../src/discover.js'

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'counterside-folder-lints-')))
afterAll(() => rmSync(root, {recursive: true, force: true}))

const tree: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.gitignore': 'generated/\n',
  '.countersideignore': 'docs/legal.md\n',
  '.countersiderc.json': JSON.stringify({ignorePatterns: ['docs/drafts/**']}),
  'package.json': '{"name": "shop", "description": "Upsell everything."}\n',
  'tsconfig.json': '{"compilerOptions": {}}\n',
  'pnpm-lock.yaml': 'lockfileVersion: "9.0"\n',
  'build.xml': '<project name="Upsell"/>\n',
  'README.md': 'Your order has shipped.\n',
  'docs/guide.mdx': 'Your order has shipped.\n',
  'docs/legal.md': 'Your order has shipped.\n',
  'docs/drafts/next.md': 'Your order has shipped.\n',
  'docs/.hidden.md': 'Your order has shipped.\n',
  'locales/en.json': '{"title": "Your order has shipped."}\n',
  'app/i18n/fr.yaml': 'title: Votre commande\n',
  'app/res/values/strings.xml': '<resources><string name="a">Shipped.</string></resources>\n',
  'app/res/layout/main.xml': '<LinearLayout/>\n',
  'config/settings.json': '{"title": "Upsell"}\n',
  'generated/page.html': '<p>Shipped.</p>\n',
  'node_modules/pkg/readme.md': 'Upsell.\n',
  'dist/page.html': '<p>Upsell.</p>\n',
  '.github/pull_request_template.md': 'Upsell.\n',
  'notes.txt': 'Shipped.\n'
}

for (const [file, text] of Object.entries(tree)) {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), text)
}

const files = Object.keys(tree).map((file) => path.join(root, file))

describe('folderLints', () => {
  it('takes exactly the files a CLI run on the folder lints, ignore files and ignorePatterns included', async () => {
    const discovery = await discoverFiles([root], {cwd: root, useIgnoreFiles: true, ignorePatterns: []})
    const resolver = new ConfigResolver(await loadConfigs({cwd: root}, discovery.files))
    const cliLints = discovery.files.filter((file) => !resolver.isIgnored(file))
    const taken = files.filter((file) => folderLints(root, file, {cwd: root, resolver}).linted)
    expect(taken.sort()).toEqual(cliLints.sort())
    // The tree is not trivially agreed on: both sides take documents and catalogs, and leave the rest.
    expect(taken.map((file) => path.relative(root, file).split(path.sep).join('/')).sort()).toEqual([
      'README.md', 'app/i18n/fr.yaml', 'app/res/values/strings.xml', 'docs/guide.mdx', 'locales/en.json', 'notes.txt'
    ])
  })

  it('says why a file is left out', async () => {
    const resolver = new ConfigResolver(await loadConfigs({cwd: root}, files))
    const reason = (file: string) => {
      const verdict = folderLints(root, path.join(root, file), {cwd: root, resolver})
      return verdict.linted ? 'linted' : verdict.reason
    }
    expect(reason('package.json')).toMatch(/does not take it as copy/)
    expect(reason('node_modules/pkg/readme.md')).toBe('a folder walk never enters `node_modules`')
    expect(reason('docs/legal.md')).toBe('ignored by .countersideignore (\'docs/legal.md\')')
    expect(reason('generated/page.html')).toBe('ignored by .gitignore (\'generated/\')')
    expect(reason('docs/drafts/next.md')).toBe('ignored by the config\'s ignorePatterns')
    expect(folderLints(path.join(root, 'docs'), path.join(root, 'README.md'), {cwd: root}).linted).toBe(false)
  })

  it('applies only the walk\'s own rules without ignore files, as --no-ignore does', () => {
    expect(folderLints(root, path.join(root, 'docs', 'legal.md'), {cwd: root, useIgnoreFiles: false}).linted).toBe(true)
    expect(folderLints(root, path.join(root, 'tsconfig.json'), {cwd: root, useIgnoreFiles: false}).linted).toBe(false)
  })
})
