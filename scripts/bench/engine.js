/**
 * Engine row of `pnpm bench`: words per second on real README Markdown for
 * the bare retext-english parse, `lintText`, and the alex engine
 * (retext-english + retext-equality), run alternately, with ratios. With
 * `baseline` (a checkout's path), that checkout's built `lintText` runs in
 * the same rounds, for a change measured build against build.
 */
import {lintText} from '@counterside/core'
import {createPrefilter} from 'retext-counterside'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import {unified} from 'unified'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {alternate, table} from './measure.js'
import {readmeCorpus} from './readme-corpus.js'

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export default async function benchEngine({runs = 5, baseline} = {}) {
  const files = readmeCorpus()
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
  const words = files.reduce((sum, file) => sum + [...file.text.matchAll(wordPattern)].length, 0)
  console.log(`Engine: ${files.length} README files, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${words.toLocaleString('en')} words; median of ${runs} alternating runs`)

  const parser = unified().use(retextEnglish).freeze()
  const alexEngine = unified().use(retextEnglish).use(retextEquality).freeze()
  const before = baseline && (await import(pathToFileURL(path.join(baseline, 'packages/core/dist/index.js')).href))
  let findings = 0
  let baselineFindings = 0
  const medians = alternate(
    {
      'retext-english parse': () => {
        for (const file of files) parser.parse(file.text)
      },
      'counterside lintText': () => {
        findings = 0
        for (const file of files) findings += lintText(file.text).length
      },
      'counterside lintText, phrase tables only': () => {
        for (const file of files) lintText(file.text, phraseOnly)
      },
      'alex engine (retext-english + retext-equality)': () => {
        for (const file of files) {
          const vfile = new VFile(file.text)
          alexEngine.runSync(alexEngine.parse(vfile), vfile)
        }
      },
      ...(before && {
        'baseline lintText': () => {
          baselineFindings = 0
          for (const file of files) baselineFindings += before.lintText(file.text).length
        },
        'baseline lintText, phrase tables only': () => {
          for (const file of files) before.lintText(file.text, phraseOnly)
        }
      })
    },
    {runs}
  )

  const rows = [['pipeline', 'median s', 'words/s']]
  for (const [name, seconds] of Object.entries(medians)) {
    rows.push([name, seconds.toFixed(3), Math.round(words / seconds).toLocaleString('en')])
  }

  console.log(table(rows))
  const lint = medians['counterside lintText']
  const alex = medians['alex engine (retext-english + retext-equality)']
  const parse = medians['retext-english parse']
  console.log(`lintText throughput vs the alex engine: ${(alex / lint).toFixed(2)}× (target ≥ 4×)`)
  console.log(`lintText time vs the bare retext-english parse: ${(lint / parse).toFixed(2)}× (target ≤ 2×)`)
  console.log(`lintText findings on the corpus: ${findings}`)
  if (before) {
    const then = medians['baseline lintText']
    console.log(`baseline (${baseline}): lintText ${(then / parse).toFixed(2)}× the parse, ${baselineFindings} findings; this build takes ${(lint / then).toFixed(3)}× its time (tables only: ${(medians['counterside lintText, phrase tables only'] / medians['baseline lintText, phrase tables only']).toFixed(3)}×)`)
  }

  const tablesOnly = medians['counterside lintText, phrase tables only']
  console.log(`learned layer cost: ${(lint - tablesOnly).toFixed(3)} s (${(((lint - tablesOnly) / lint) * 100).toFixed(0)}% of lintText)`)
  console.log(`bytes parsed: ${parsedBytes(files).toLocaleString('en')} of ${bytes.toLocaleString('en')} (blocks the pre-filter suspects; the learned layer reads the rest unparsed)`)
  scaling(files)
}

// One object, so lintText builds its linter once.
const phraseOnly = {learned: false}

/** Bytes of the blocks lintText hands to the parser: those the pre-filter suspects. */
function parsedBytes(files) {
  const mayFind = createPrefilter({})
  let parsed = 0
  for (const file of files) {
    for (const block of file.text.split(/\n[ \t]*\n/)) if (mayFind(block)) parsed += Buffer.byteLength(block)
  }

  return parsed
}

/** Time per MB for growing inputs: flat means linear. */
function scaling(files) {
  const text = files.map((file) => file.text).join('\n\n')
  const rows = [['input', 'median s', 's per MB']]
  for (const size of [256 * 1024, 1024 * 1024, 4 * 1024 * 1024]) {
    const slice = text.slice(0, size)
    const {run} = alternate({run: () => lintText(slice)}, {runs: 3})
    rows.push([`${(size / 1024 / 1024).toFixed(2)} MB`, run.toFixed(3), (run / (size / 1024 / 1024)).toFixed(3)])
  }

  console.log('Scaling of lintText on one growing text (flat s/MB = linear):')
  console.log(table(rows))
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEngine()
