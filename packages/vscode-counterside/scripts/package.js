/**
 * Builds `vscode-counterside-<version>.vsix` offline, self-contained:
 * esbuild bundles the client and vscode-languageclient into one CommonJS
 * file, and the language server (with counterside and every dependency)
 * into `server/dist/`: its bin, its lint worker and the CLI's JS-config
 * child, each a file beside the others as the code finds them
 * (`new URL('…', import.meta.url)`), under a `server/package.json` like an
 * installed package's, where the client looks (`bundledServerFolder`).
 * pnpm's symlinked node_modules cannot be packed by vsce, so `vsce package
 * --no-dependencies` packs a staging folder with those files, the manifest,
 * readme and LICENSE. Never publishes.
 *
 *   node scripts/package.js [--out <file.vsix>] [--staging <folder>]
 *
 * Run after `tsc -b` (it bundles the packages' dist/).
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const packageDir = fileURLToPath(new URL('../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const {values: args} = parseArgs({options: {out: {type: 'string'}, staging: {type: 'string'}}})
const out = resolve(args.out ?? join(packageDir, `${manifest.name}-${manifest.version}.vsix`))
// By default under dist/, which git, eslint and tsc's sources all leave alone.
const stagingDir = resolve(args.staging ?? join(packageDir, 'dist', 'vsix'))
const require = createRequire(import.meta.url)
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce')
const {bundledServerFolder, serverPackage} = require('../dist/server-location.cjs')

rmSync(stagingDir, {recursive: true, force: true})
mkdirSync(stagingDir, {recursive: true})

await build({
  entryPoints: [join(packageDir, 'src', 'extension.cts')],
  outfile: join(stagingDir, 'extension.cjs'),
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // `vscode` is the editor's own module.
  external: ['vscode'],
  sourcemap: false,
  logLevel: 'warning'
})

const serverDir = dirname(require.resolve(`${serverPackage}/package.json`))
const serverManifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'))
const serverBin = serverManifest.bin[serverPackage]
const cliDist = dirname(createRequire(join(serverDir, 'package.json')).resolve('counterside'))
const stagedServer = join(stagingDir, bundledServerFolder)
await build({
  entryPoints: {
    [serverBin.replace(/^\.\/dist\/|\.js$/g, '')]: join(serverDir, serverBin),
    'lint-worker': join(serverDir, 'dist', 'lint-worker.js'),
    'js-config-child': join(cliDist, 'config', 'js-config-child.js')
  },
  outdir: join(stagedServer, 'dist'),
  // The bin and the worker share one copy of the linter.
  splitting: true,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies bundled into ES modules still call require() for Node's own modules.
  banner: {js: 'import {createRequire as __counterside_createRequire} from \'node:module\'; const require = __counterside_createRequire(import.meta.url);'},
  sourcemap: false,
  logLevel: 'warning'
})
// What an installed copy has: the client reads `bin`; counterside reads its version from the package.json above its code.
const {name, version, type, bin, license} = serverManifest
writeFileSync(join(stagedServer, 'package.json'), `${JSON.stringify({name, version, type, bin, license}, null, 2)}\n`)
copyFileSync(join(serverDir, 'LICENSE'), join(stagedServer, 'LICENSE'))

// The staged manifest points at the bundle and ships everything in the folder.
const {scripts: _scripts, dependencies: _dependencies, files: _files, exports: _exports, ...staged} = manifest
writeFileSync(join(stagingDir, 'package.json'), `${JSON.stringify({...staged, main: './extension.cjs', files: ['extension.cjs', bundledServerFolder, 'readme.md', 'LICENSE']}, null, 2)}\n`)
for (const file of ['readme.md', 'LICENSE']) copyFileSync(join(packageDir, file), join(stagingDir, file))

execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {cwd: stagingDir, stdio: 'inherit'})
