/**
 * Huge inputs: wall time and peak memory of the built CLI on generated
 * files, one process per measurement (peak RSS from `/usr/bin/time`, so
 * every run starts from a clean heap).
 *
 *   node scripts/bench/huge-input.js [markdown|prose|catalog|concurrency|all] [--sizes 80k,320k,5m] [--runs 3] [--bin path/to/bin.js]
 *
 * - markdown: a page of paragraphs with lists and block quotes between
 *   them (the shape micromark is quadratic on) at growing sizes;
 * - prose: a page of mostly clean help-centre copy (paragraphs, lists,
 *   quotes, headings, curly quotes; a finding every few hundred blocks),
 *   the shape of real copy, where the report stays small;
 * - catalog: one JSON catalog of short messages;
 * - concurrency: many files of README-sized Markdown with `--concurrency`
 *   1, 2 and the default, alternating, medians of three.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {median, table} from './measure.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
// `--bin` measures another build (a copy of `dist` kept from before a change).
const binAt = process.argv.indexOf('--bin')
const bin = binAt === -1 ? path.join(root, 'packages/counterside/dist/bin.js') : path.resolve(process.argv[binAt + 1])

const paragraphs = [
  'Thanks for your order. Your receipt is below, and you can print it from this page.',
  'Please wait for manager approval before you leave the store.',
  'Upsell the extended warranty at checkout when the customer hesitates.',
  'We could not save your changes. Try again in a minute, or call us on 0800 123 456.'
]

/** Markdown of about `bytes`: paragraphs with lists and block quotes between them, headings, a fence now and then. */
export function markdownPage(bytes) {
  const parts = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = paragraphs[index % paragraphs.length]
    const part = index % 40 === 0 ? `## Section ${index}`
      : index % 97 === 0 ? '```\nconst a = 1\n\nconst b = 2\n```'
      : index % 4 === 1 ? `- Item ${index}`
      : index % 4 === 3 ? `> Quoted ${index}.`
      : text
    parts.push(part)
    size += part.length + 2
  }

  return parts.join('\n\n') + '\n'
}

// Clean help-centre copy; one block in about 300 holds a finding.
const proseSentences = [
  'Your order is on its way.',
  'You can track it from the link in your confirmation email.',
  'If something isn’t right, you have 30 days to return it.',
  'Bring the receipt and the card you paid with to any of our stores.',
  'Delivery usually takes two to four working days.',
  'We’ll email you when your parcel leaves the warehouse.',
  'You can change the delivery address until the order is packed.',
  'Gift cards can be used online and in store, and they never expire.',
  'To reset your password, choose “Forgot password” on the sign-in page.',
  'Your card hasn’t been charged yet: we take payment when the order ships.',
  'Need a hand? Our team is here from 8 am to 8 pm, every day.',
  'Prices include VAT, and delivery is free on orders over £40.'
]
const proseItems = ['Check the address on your order', 'Keep the parcel sealed until it’s collected', 'Print the returns label, or show the QR code in store', 'Pack the item in its original box if you still have it']
const proseFindings = ['Upsell the extended warranty when the customer hesitates.', 'Please wait for manager approval before you leave the store.']

/** Markdown of about `bytes` that reads like a help centre: mostly clean, a finding now and then, lists and quotes between paragraphs. */
export function prosePage(bytes) {
  const parts = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const sentence = (offset) => proseSentences[(index * 7 + offset) % proseSentences.length]
    const part = index % 300 === 150 ? proseFindings[(index / 300 | 0) % proseFindings.length]
      : index % 25 === 0 ? `## ${sentence(0).replace(/\.$/, '')}`
      : index % 6 === 2 ? proseItems.map((item, at) => `${index % 12 === 2 ? `${at + 1}.` : '-'} ${item}.`).join('\n')
      : index % 9 === 4 ? `> ${sentence(1)} ${sentence(2)}`
      : index % 50 === 30 ? '```\norder-status --id 1234\n```'
      : `${sentence(0)} ${sentence(3)} ${sentence(5)} See [your orders](https://example.com/orders) for details.`
    parts.push(part)
    size += part.length + 2
  }

  return parts.join('\n\n') + '\n'
}

/** A flat JSON catalog of about `bytes`. */
export function jsonCatalog(bytes) {
  const entries = []
  let size = 2
  for (let index = 0; size < bytes; index++) {
    const entry = `  ${JSON.stringify(`message.${index}`)}: ${JSON.stringify(paragraphs[index % paragraphs.length])}`
    entries.push(entry)
    size += entry.length + 2
  }

  return `{\n${entries.join(',\n')}\n}\n`
}

/**
 * One CLI run: wall seconds, CPU seconds (user + system: on a shared
 * machine the steadier number) and peak resident memory in MB.
 */
function measure(args, cwd) {
  const start = performance.now()
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, bin, ...args, '--format', 'json', '--output-file', path.join(cwd, 'report.json')], {cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024})
  const seconds = (performance.now() - start) / 1000
  if (result.status !== 0 && result.status !== 1) throw new Error(`exit ${result.status}: ${result.stderr.slice(-500)}`)
  const [user, system, kilobytes] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  return {seconds, cpu: user + system, megabytes: Math.round(kilobytes / 1024)}
}

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text)
  if (!match) throw new Error(`not a size: ${text}`)
  return Math.round(Number(match[1]) * {'': 1, k: 1024, m: 1024 * 1024}[match[2].toLowerCase()])
}

function sizeRows(directory, name, make, sizes) {
  const rows = [['input', 'bytes', 'wall s', 'CPU s', 'CPU s/MB', 'peak MB']]
  for (const bytes of sizes) {
    const file = path.join(directory, name)
    const text = make(bytes)
    writeFileSync(file, text)
    const {seconds, cpu, megabytes} = measure([name], directory)
    rows.push([name, text.length, seconds.toFixed(2), cpu.toFixed(2), (cpu / (text.length / 1024 / 1024)).toFixed(2), megabytes])
  }

  return table(rows)
}

function concurrencyRows(directory, runs) {
  const docs = path.join(directory, 'docs')
  mkdirSync(docs, {recursive: true})
  // 400 files of 12 KB: 4.7 MB, enough for the default to choose workers.
  for (let index = 0; index < 400; index++) writeFileSync(path.join(docs, `${String(index).padStart(3, '0')}.md`), markdownPage(12 * 1024))
  const candidates = {'--concurrency 1': ['--concurrency', '1'], '--concurrency 2': ['--concurrency', '2'], default: []}
  const times = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]))
  const cpus = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]))
  const memory = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]))
  const names = Object.keys(candidates)
  for (let round = 0; round < runs; round++) {
    for (const name of names.map((_, index) => names[(index + round) % names.length])) {
      const {seconds, cpu, megabytes} = measure(['docs', ...candidates[name]], directory)
      times[name].push(seconds)
      cpus[name].push(cpu)
      memory[name].push(megabytes)
    }
  }

  const rows = [['run', 'median wall s', 'median CPU s', 'peak MB']]
  for (const name of names) rows.push([name, median(times[name]).toFixed(2), median(cpus[name]).toFixed(2), median(memory[name])])
  return `400 Markdown files, 4.7 MB, ${availableParallelism()} cores, median of ${runs}\n${table(rows)}`
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))

function main(args) {
  const which = args.find((arg) => !arg.startsWith('--') && !/^\d/.test(arg)) ?? 'all'
  const option = (name) => {
    const at = args.indexOf(name)
    return at === -1 ? undefined : args[at + 1]
  }

  const sizes = option('--sizes')?.split(',').map(parseSize)
  const runs = Number(option('--runs') ?? 3)
  const directory = mkdtempSync(path.join(tmpdir(), 'counterside-huge-'))
  try {
    if (which === 'markdown' || which === 'all') console.log(sizeRows(directory, 'page.md', markdownPage, sizes ?? [80, 160, 320, 5 * 1024, 50 * 1024].map((kb) => kb * 1024)))
    if (which === 'prose' || which === 'all') console.log(sizeRows(directory, 'page.md', prosePage, sizes ?? [5 * 1024, 50 * 1024].map((kb) => kb * 1024)))
    if (which === 'catalog' || which === 'all') console.log(sizeRows(directory, 'messages.json', jsonCatalog, sizes ?? [20 * 1024 * 1024]))
    if (which === 'concurrency' || which === 'all') console.log(concurrencyRows(directory, runs))
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
