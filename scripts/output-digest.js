/**
 * A digest of everything `lintText` finds, for proving that a performance
 * change changed no output: every finding's every field (rule, offsets,
 * message, confidence, suggestions…) on the bench's README corpus (with the
 * learned layer and without), every non-frozen corpus case, and every
 * catalog string (placeholders as values); and the CLI's JSON report on the
 * README corpus. Run it before and after a change: the digests must match.
 *
 *   node scripts/output-digest.js [--root <checkout>] [--out <file>] [--no-cli]
 *
 * `--root` lints with another checkout's build (a worktree at main, say)
 * while reading the same inputs from this one; `--out` writes one line per
 * finding, to diff when two digests differ.
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {readmeCorpus} from './bench/readme-corpus.js'

const here = fileURLToPath(new URL('../', import.meta.url))
const {values} = parseArgs({options: {root: {type: 'string', default: here}, out: {type: 'string'}, 'no-cli': {type: 'boolean', default: false}}})
const root = path.resolve(values.root)
const {lintText} = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href)
// The inputs are always this checkout's, whichever build lints them.
const {readCorpus, corpusDirectory} = await import(pathToFileURL(path.join(here, 'packages/lab/dist/index.js')).href)
const {readCatalogs} = await import(pathToFileURL(path.join(here, 'packages/catalogs/index.js')).href)

const lines = []
const sections = []

/** Lints every input of a section; one line per finding, in order, with the input's name. */
function section(name, inputs, lint) {
  const hash = createHash('sha256')
  let findings = 0
  for (const {id, text} of inputs) {
    for (const finding of lint(text)) {
      const line = `${name}\t${id}\t${JSON.stringify(finding)}`
      hash.update(line).update('\n')
      if (values.out) lines.push(line)
      findings++
    }
  }

  sections.push({name, inputs: inputs.length, findings, digest: hash.digest('hex')})
}

const readmes = readmeCorpus().map((file, index) => ({id: String(index), text: file.text}))
const phraseOnly = {learned: false}
section('readmes', readmes, (text) => lintText(text))
section('readmes, phrase tables only', readmes, (text) => lintText(text, phraseOnly))
section('corpus', unfrozenCorpus().map((item) => ({id: item.id, text: item.text})), (text) => lintText(text))
section('catalogs', readCatalogs().map((item, index) => ({id: `${item.package}:${item.key}:${index}`, text: item.text})), (text) => lintText(text, undefined, {placeholders: 'values'}))
if (!values['no-cli']) cliSection(readmes)

const total = createHash('sha256')
for (const {name, inputs, findings, digest} of sections) {
  console.log(`${digest.slice(0, 16)}  ${name}: ${inputs.toLocaleString('en')} inputs, ${findings.toLocaleString('en')} findings`)
  total.update(`${name}\t${digest}\n`)
}

console.log(`${total.digest('hex').slice(0, 16)}  all (${path.relative(here, root) || '.'})`)
if (values.out) writeFileSync(values.out, lines.join('\n') + '\n')

/**
 * The corpus without the frozen split, read so that `frozen/` is never even
 * opened: `readCorpus` reads `<directory>/frozen/` too, so it is given a
 * folder of links to the top-level files only.
 */
function unfrozenCorpus() {
  const directory = mkdtempSync(path.join(tmpdir(), 'counterside-corpus-'))
  try {
    for (const file of readdirSync(corpusDirectory)) if (file.endsWith('.jsonl')) symlinkSync(path.join(corpusDirectory, file), path.join(directory, file))
    return readCorpus(directory)
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

/** The built CLI's JSON report on the README corpus, written as files: what `--only cli` benchmarks. */
function cliSection(files) {
  const directory = mkdtempSync(path.join(tmpdir(), 'counterside-digest-'))
  try {
    mkdirSync(path.join(directory, 'docs'))
    for (const {id, text} of files) writeFileSync(path.join(directory, 'docs', `${id.padStart(4, '0')}.md`), text)
    const result = spawnSync(process.execPath, [path.join(root, 'packages/counterside/dist/bin.js'), 'docs', '--format', 'json', '--concurrency', '1'], {cwd: directory, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024})
    if (result.status !== 0 && result.status !== 1) throw new Error(`the CLI exited ${result.status}: ${result.stderr.slice(0, 500)}`)
    const report = JSON.parse(result.stdout)
    const inputs = report.map((file) => ({id: path.relative(directory, path.resolve(directory, file.filePath)), text: file}))
    // Timings and absolute paths differ from run to run and place to place: the findings do not.
    section('cli json report', inputs, (file) => (file.messages ?? []).map((message) => message))
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
