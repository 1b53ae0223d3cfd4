/**
 * The packages as users get them: every public package packed with
 * `pnpm pack` (which turns `workspace:*` into versions), the tarballs
 * installed with npm into a fresh project in a temp folder, and the CLI, the
 * ESLint plugin, the retext plugin and the core API run there, each from
 * what that install brought and nothing of the repository's.
 *
 * npm resolves third-party dependencies from a registry on loopback that
 * serves the packages `pnpm install` already put on disk
 * (`packaging/installed-registry.ts`), so npm does its real resolution
 * (peers, dedupe, bins) without the network, on a fresh machine too, where
 * npm's own cache is empty and `npm install --offline` would fail.
 *
 * Needs a build (`tsc -b`), like the CLI tests.
 */
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startInstalledRegistry} from './packaging/installed-registry.js'
import {publicPackages, repoRoot, type PackageManifest} from './packaging/workspace-packages.js'

const packages = publicPackages()
const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {packageManager: string}

/** pnpm as the test runner was started (`pnpm test`), else the pinned one through npx. */
function pnpm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['-y', rootManifest.packageManager]]
  return spawnSync(command, [...prefix, ...args], {cwd, encoding: 'utf8'})
}

type Outcome = Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'stderr'>

/**
 * npm with only the flags given here: none of the runner's `npm_*`
 * variables, no user config. Asynchronous: the registry it talks to runs in
 * this process, so blocking the event loop would deadlock.
 */
function npm(args: readonly string[], cwd: string): Promise<Outcome> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)))
  const child = spawn('npm', [...args, `--userconfig=${join(cwd, '.npmrc')}`], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

function succeeded(result: Outcome, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const temporary = mkdtempSync(join(tmpdir(), 'counterside-package-'))
const tarballs = join(temporary, 'tarballs')
const app = join(temporary, 'app')

/** `node script` in the app, with the script's own stdout. */
function runInApp(file: string, source: string): SpawnSyncReturns<string> {
  writeFileSync(join(app, file), source)
  return spawnSync(process.execPath, [file], {cwd: app, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
}

/** pnpm's tarball name: `@counterside/core` 0.1.0 → `counterside-core-0.1.0.tgz`. */
const tarballName = (manifest: PackageManifest): string => `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as PackageManifest
  return manifest.version
}

beforeAll(async () => {
  mkdirSync(tarballs)
  mkdirSync(app)
  const filters = packages.flatMap((item) => ['--filter', `./${item.dir}`])
  succeeded(pnpm(['--recursive', ...filters, 'pack', '--pack-destination', tarballs], repoRoot), 'pnpm pack')

  const registry = await startInstalledRegistry(join(repoRoot, 'node_modules/.pnpm'))
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'fresh-app',
      private: true,
      type: 'module',
      dependencies: {
        ...Object.fromEntries(packages.map(({manifest}) => [manifest.name, `file:${join(tarballs, tarballName(manifest))}`])),
        // What a user adds beside them: ESLint, TypeScript and its parser; unified, retext-english and vfile.
        eslint: `^${versionOf('eslint').split('.')[0]}`,
        '@typescript-eslint/parser': '^8.0.0',
        unified: '^11.0.0',
        'retext-english': '^5.0.0',
        vfile: '^6.0.0',
        typescript: `^${versionOf('typescript')}`
      }
    })
  )
  writeFileSync(join(app, '.npmrc'), '')
  let install: Outcome
  try {
    install = await npm(['install', `--registry=${registry.url}`, `--cache=${join(temporary, 'npm-cache')}`, '--no-audit', '--no-fund', '--ignore-scripts', '--no-update-notifier', '--loglevel=error'], app)
  } finally {
    await registry.close()
  }
  const missing = [...registry.missing].join(', ')
  succeeded(install, `npm install${missing ? ` (asked for, not installed in the workspace: ${missing})` : ''}`)
}, 240_000)

afterAll(() => rmSync(temporary, {recursive: true, force: true}), 60_000)

describe('the packed packages', () => {
  it('packs exactly the public packages, each with LICENSE, readme and no workspace protocol', () => {
    expect(readdirSync(tarballs).sort()).toEqual(packages.map(({manifest}) => tarballName(manifest)).sort())
    for (const {manifest} of packages) {
      const installed = join(app, 'node_modules', manifest.name)
      const names = readdirSync(installed)
      expect(names, manifest.name).toEqual(expect.arrayContaining(['LICENSE', 'readme.md', 'package.json', 'dist']))
      expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toBe(readFileSync(join(repoRoot, 'LICENSE'), 'utf8'))
      expect(readFileSync(join(installed, 'package.json'), 'utf8'), manifest.name).not.toContain('workspace:')
      expect(existsSync(join(installed, 'dist/.tsbuildinfo')), `${manifest.name}: build state shipped`).toBe(false)
    }
  })

  it('shares one ESLint, @typescript-eslint/utils and TypeScript with the project (peers, not a second toolchain), and one copy of each package', () => {
    const copies = (name: string): string[] => {
      const found: string[] = []
      const walk = (modules: string): void => {
        let entries: string[]
        try {
          entries = readdirSync(modules)
        } catch {
          return
        }
        for (const entry of entries) {
          if (entry.startsWith('@')) {
            for (const scoped of readdirSync(join(modules, entry))) {
              if (`${entry}/${scoped}` === name) found.push(join(modules, entry, scoped))
              walk(join(modules, entry, scoped, 'node_modules'))
            }
          } else {
            if (entry === name) found.push(join(modules, entry))
            walk(join(modules, entry, 'node_modules'))
          }
        }
      }
      walk(join(app, 'node_modules'))
      return found
    }
    for (const name of ['eslint', '@typescript-eslint/utils', 'typescript', ...packages.map(({manifest}) => manifest.name)]) {
      expect(copies(name), name).toHaveLength(1)
    }
  })

  it('runs the CLI from node_modules/.bin on a Markdown file (exit 1 with a finding)', () => {
    writeFileSync(join(app, 'page.md'), '# Returns\n\nPlease wait for manager approval.\n')
    const result = spawnSync(join(app, 'node_modules/.bin/counterside'), ['page.md', '--format', 'json'], {cwd: app, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const [report] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
    expect(report?.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['permission-gate@3'])
  })

  it('runs the ESLint plugin through ESLint’s Node API with `extends: [recommended]` on TS and JS', () => {
    writeFileSync(
      join(app, 'eslint.config.js'),
      [
        "import tsParser from '@typescript-eslint/parser'",
        "import counterside from 'eslint-plugin-counterside'",
        "import {defineConfig} from 'eslint/config'",
        '',
        'export default defineConfig(',
        "  {files: ['**/*.ts'], languageOptions: {parser: tsParser}},",
        "  {files: ['**/*.{js,ts}'], extends: [counterside.configs.recommended]}",
        ')',
        ''
      ].join('\n')
    )
    writeFileSync(join(app, 'screen.ts'), "const seconds: number = 30\nalert(`Upsell: extended warranty, ${seconds} seconds left`)\n")
    writeFileSync(join(app, 'screen.js'), "alert('Please wait for manager approval')\n")
    const result = runInApp(
      'lint-code.js',
      [
        "import {ESLint} from 'eslint'",
        "const results = await new ESLint().lintFiles(['screen.ts', 'screen.js'])",
        "console.log(JSON.stringify(results.map((r) => [r.filePath.split('/').at(-1), r.messages.map((m) => m.ruleId ?? m.message)])))"
      ].join('\n')
    )
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual([
      ['screen.ts', ['counterside/sales-jargon']],
      ['screen.js', ['counterside/permission-gate']]
    ])
  })

  it('runs the retext plugin and the core API', () => {
    const result = runInApp(
      'lint-prose.js',
      [
        "import {lintText} from '@counterside/core'",
        "import retextCounterside from 'retext-counterside'",
        "import retextEnglish from 'retext-english'",
        "import {unified} from 'unified'",
        "import {VFile} from 'vfile'",
        "const processor = unified().use(retextEnglish).use(retextCounterside)",
        "const file = new VFile('Please wait for manager approval.')",
        "await processor.run(processor.parse(file), file)",
        "console.log(JSON.stringify({retext: file.messages.map((m) => m.ruleId), core: lintText('Upsell: extended warranty').map((f) => f.ruleId)}))"
      ].join('\n')
    )
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({retext: ['permission-gate'], core: ['sales-jargon']})
  })

  it('type-checks against the installed declarations (exports with types; the configs fit defineConfig)', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true}, files: ['types.ts']})
    )
    writeFileSync(
      join(app, 'types.ts'),
      [
        "import {lintText, type Finding} from '@counterside/core'",
        "import {lintSource, type FileReport} from 'counterside'",
        "import counterside from 'eslint-plugin-counterside'",
        "import {defineConfig} from 'eslint/config'",
        "import retextCounterside, {type Options} from 'retext-counterside'",
        '',
        "export const findings: Finding[] = lintText('Upsell')",
        'export const config = defineConfig({extends: [counterside.configs.recommended]})',
        'export const options: Options = {minConfidence: 0.5}',
        'export const plugin = retextCounterside',
        'export type Report = FileReport',
        'export const lint = lintSource',
        ''
      ].join('\n')
    )
    const result = spawnSync(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {cwd: app, encoding: 'utf8'})
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
