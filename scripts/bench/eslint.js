/**
 * `pnpm bench:eslint`: ESLint with the typescript-eslint parser over the
 * .tsx sources of ra-ui-materialui and ra-core (devDependencies of the
 * plugin, so the corpus is on disk offline), in alternating rounds of:
 * no plugin, one rule that does nothing, `counterside/recommended`, and
 * eslint-plugin-i18next's `no-literal-string`. Prints medians and ratios to
 * the no-plugin run and to the empty-rule run: with no rule at all ESLint
 * does less work (in profiles, mostly less garbage collection), so any
 * plugin pays that floor however little its rules do. The last three rows
 * add the same plugins to a project's usual rules (@eslint/js and
 * typescript-eslint recommended), which is what a user's run costs.
 * Run after `tsc -b`. ROUNDS=n sets the number of timed rounds (default 5).
 */
import {readdirSync, realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const pluginDir = path.join(root, 'packages/eslint-plugin-counterside')
// Resolve everything the way the plugin package does: its devDependencies hold the corpus and i18next.
const requireFromPlugin = createRequire(path.join(pluginDir, 'package.json'))
const importFromPlugin = async (name) => import(requireFromPlugin.resolve(name))

const {ESLint} = await importFromPlugin('eslint')
const tsParser = await importFromPlugin('@typescript-eslint/parser')
const i18next = (await importFromPlugin('eslint-plugin-i18next')).default
const counterside = (await import(path.join(pluginDir, 'dist/index.js'))).default
// A project's usual rules, for the cost counterside adds to a real lint run.
const tseslint = (await import('typescript-eslint')).default
const js = (await import('@eslint/js')).default
const typical = [js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({...config, files: ['**/*.tsx']}))

const corpusDirs = ['ra-ui-materialui', 'ra-core'].map((name) => realpathSync(path.join(pluginDir, 'node_modules', name, 'src')))
// Node 20 has no fs.globSync; a recursive listing does the same here.
const files = corpusDirs
  .flatMap((dir) => readdirSync(dir, {recursive: true}).filter((file) => file.endsWith('.tsx')).map((file) => path.join(dir, file)))
  .sort()
const rounds = Number(process.env.ROUNDS ?? 5)

const base = {files: ['**/*.tsx'], languageOptions: {parser: tsParser, parserOptions: {ecmaFeatures: {jsx: true}}}}
const emptyRule = {meta: {type: 'problem', schema: []}, create: () => ({})}
const variants = {
  'no plugin': [base],
  'one empty rule': [base, {files: ['**/*.tsx'], plugins: {bench: {rules: {empty: emptyRule}}}, rules: {'bench/empty': 'error'}}],
  'counterside/recommended': [base, {...counterside.configs.recommended, files: ['**/*.tsx']}],
  'i18next/no-literal-string': [base, {files: ['**/*.tsx'], plugins: {i18next}, rules: {'i18next/no-literal-string': 'error'}}],
  'typical rules': [base, ...typical],
  'typical + counterside': [base, ...typical, {...counterside.configs.recommended, files: ['**/*.tsx']}],
  'typical + i18next': [base, ...typical, {files: ['**/*.tsx'], plugins: {i18next}, rules: {'i18next/no-literal-string': 'error'}}]
}

// A formatter that prints nothing: the cost measured is linting, not output.
const silent = () => ''

// One ESLint per corpus directory, with it as cwd: files under node_modules are
// otherwise ignored by default.
async function run(config) {
  let elapsed = 0
  let messages = 0
  for (const dir of corpusDirs) {
    const eslint = new ESLint({cwd: dir, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false, cache: false})
    const start = performance.now()
    const results = await eslint.lintFiles(files.filter((file) => file.startsWith(dir + path.sep)))
    elapsed += performance.now() - start
    silent(results)
    messages += results.reduce((sum, result) => sum + result.messages.length, 0)
  }

  return {elapsed, messages}
}

const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
const counts = {}
console.log(`corpus: ${files.length} .tsx files from ${corpusDirs.map((dir) => path.basename(path.dirname(dir))).join(', ')}; ${rounds} rounds after 1 warm-up`)
for (let round = 0; round <= rounds; round++) {
  for (const [name, config] of Object.entries(variants)) {
    const {elapsed, messages} = await run(config)
    counts[name] = messages
    if (round > 0) times[name].push(elapsed)
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const percent = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`
const baseline = median(times['no plugin'])
const floor = median(times['one empty rule'])
for (const [name, values] of Object.entries(times)) {
  const value = median(values)
  const ratio = value / baseline
  console.log(
    `${name.padEnd(26)} median ${value.toFixed(0).padStart(6)} ms  ×${ratio.toFixed(3)} (${percent(ratio)}; ${percent(value / floor).padStart(6)} vs one empty rule)  ${counts[name]} messages`
  )
}

const typicalMedian = median(times['typical rules'])
for (const name of ['typical + counterside', 'typical + i18next']) {
  console.log(`${name} adds ${percent(median(times[name]) / typicalMedian)} to the typical rules alone`)
}
