/**
 * `pnpm bench:lsp`: the language server as an editor sees it. The built
 * server over stdio, a temp workspace, and the time from a notification
 * (`didOpen`, `didChange`) to the `publishDiagnostics` for that version:
 *
 * - opening a one-line page with nothing else to lint (the floor);
 * - opening a 5,000-line Markdown page (a new document each round);
 * - changing one line of it (the server re-lints the whole page);
 * - opening a small page right after such a change, while the big one is
 *   still being linted (the case the worker threads are for).
 *
 * Latency includes the server's debounce (150 ms of quiet after a change).
 * The first round is a warm-up. Prints median and p95 (nearest rank) per row.
 * Run after `tsc -b`. ROUNDS=n sets the number of timed rounds (default 10);
 * SERVER=<bin.js> runs another build of the server (another checkout's), for
 * a before and after.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, realpathSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {median, table} from './measure.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const serverDir = path.join(root, 'packages/counterside-language-server')
const {createMessageConnection, StreamMessageReader, StreamMessageWriter} = createRequire(path.join(serverDir, 'package.json'))('vscode-jsonrpc/node')
const rounds = Number(process.env.ROUNDS ?? 10)
const bigLines = 5000

// Prose with a finding every few paragraphs, headings and lists between: a long docs page.
function bigPage(round) {
  const lines = [`# Release notes, round ${round}`, '']
  for (let index = 0; lines.length < bigLines; index++) {
    if (index % 25 === 0) lines.push(`## Section ${index / 25 + 1}`, '')
    else if (index % 7 === 0) lines.push('- Your order ships within two days.', '- You can change the address until then.', '')
    else if (index % 5 === 0) lines.push('Offer the extended-warranty upsell at checkout, once per order.', '')
    else lines.push(`Paragraph ${index}: your payment was received and your receipt is in your inbox.`, '')
  }

  return lines.slice(0, bigLines).join('\n') + '\n'
}

const folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'counterside-bench-lsp-')))
const child = spawn(process.execPath, [path.resolve(process.env.SERVER ?? path.join(serverDir, 'dist/bin.js')), '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
/** uri → version → resolve, for the diagnostics awaited. */
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', ({uri, version, diagnostics}) => {
  const resolve = waiting.get(uri)?.get(version)
  if (resolve) resolve({at: performance.now(), count: diagnostics.length})
})
connection.listen()

function published(uri, version) {
  return new Promise((resolve) => {
    if (!waiting.has(uri)) waiting.set(uri, new Map())
    waiting.get(uri).set(version, resolve)
  })
}

const uriOf = (name) => pathToFileURL(path.join(folder, name)).href

async function open(name, text) {
  const uri = uriOf(name)
  const done = published(uri, 1)
  const start = performance.now()
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  return {uri, done: done.then(({at, count}) => ({ms: at - start, count}))}
}

async function change(uri, version, line, text) {
  const done = published(uri, version)
  const start = performance.now()
  const range = {start: {line, character: 0}, end: {line, character: 0}}
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text}]})
  return {done: done.then(({at, count}) => ({ms: at - start, count}))}
}

await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'bench'}], capabilities: {}})
await connection.sendNotification('initialized', {})

const times = {alone: [], open: [], change: [], small: [], bigMeanwhile: []}
let findings
for (let round = 0; round <= rounds; round++) {
  const alone = await (await open(`alone-${round}.md`, 'Upsell the extended warranty.\n')).done
  await connection.sendNotification('textDocument/didClose', {textDocument: {uri: uriOf(`alone-${round}.md`)}})
  const big = await open(`big-${round}.md`, bigPage(round))
  const opened = await big.done
  findings = opened.count
  const changed = await (await change(big.uri, 2, 3, 'Thanks for your order. ')).done
  // The big page changes, and a small one opens while the big run goes on.
  const bigRun = await change(big.uri, 3, 5, 'Your refund is on its way. ')
  const small = await open(`small-${round}.md`, 'Upsell the extended warranty.\n')
  const [smallDone, bigDone] = await Promise.all([small.done, bigRun.done])
  await connection.sendNotification('textDocument/didClose', {textDocument: {uri: big.uri}})
  await connection.sendNotification('textDocument/didClose', {textDocument: {uri: small.uri}})
  if (round === 0) continue
  times.alone.push(alone.ms)
  times.open.push(opened.ms)
  times.change.push(changed.ms)
  times.small.push(smallDone.ms)
  times.bigMeanwhile.push(bigDone.ms)
}

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
rmSync(folder, {recursive: true, force: true})

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]
const ms = (value) => `${Math.round(value)} ms`
console.log(`${rounds} rounds after a warm-up; a ${bigLines}-line Markdown page with ${findings} findings; latency includes the 150 ms debounce\n`)
console.log(table([
  ['notification → publishDiagnostics', 'median', 'p95'],
  ...[
    ['didOpen, 1 line, nothing else linting', times.alone],
    ['didOpen, 5,000 lines', times.open],
    ['didChange, 5,000 lines', times.change],
    ['didOpen, 1 line, while the big page lints', times.small],
    ['  (the big page\'s didChange meanwhile)', times.bigMeanwhile]
  ].map(([name, values]) => [name, ms(median(values)), ms(p95(values))])
]))
