/**
 * Builds `vscode-counterside-<version>.vsix` offline: esbuild bundles the
 * client and vscode-languageclient into one CommonJS file (pnpm's symlinked
 * node_modules cannot be packed by vsce), then `vsce package --no-dependencies`
 * packs a staging folder with that file, the manifest, readme and LICENSE.
 * The language server is not bundled: the extension finds it at run time.
 * Never publishes.
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const packageDir = fileURLToPath(new URL('../', import.meta.url))
// Under dist/, which git, eslint and tsc's sources all leave alone.
const stagingDir = join(packageDir, 'dist', 'vsix')
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const require = createRequire(import.meta.url)
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce')

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
  // `vscode` is the editor's own module; the server is found at run time, never bundled.
  external: ['vscode', 'counterside-language-server'],
  sourcemap: false,
  logLevel: 'warning'
})

// The staged manifest points at the bundle and ships everything in the folder.
const {scripts: _scripts, dependencies: _dependencies, files: _files, exports: _exports, ...staged} = manifest
writeFileSync(join(stagingDir, 'package.json'), `${JSON.stringify({...staged, main: './extension.cjs', files: ['extension.cjs', 'readme.md', 'LICENSE']}, null, 2)}\n`)
for (const file of ['readme.md', 'LICENSE']) copyFileSync(join(packageDir, file), join(stagingDir, file))

const out = join(packageDir, `${manifest.name}-${manifest.version}.vsix`)
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {cwd: stagingDir, stdio: 'inherit'})
