// The page functions below run in the browser.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `counterside --format html` in a real browser (Debian's Chromium through
 * puppeteer-core): the built CLI writes the report of a fixture folder, a
 * static server on 127.0.0.1 serves it, and the page must show the JSON
 * report's counts, highlight each finding's exact words with its rule, page
 * a long file and print every finding. The screenshot is saved to
 * test-artifacts/report.png for a person to look at.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot, runCli, runJson, type JsonResult} from '../cli/run-cli.js'
import {launchChromium} from './chromium.js'

const files: Record<string, string> = {
  'till.txt': "We are proud to be the region's largest retailer. Our policy requires a receipt for every return.\n\nUpsell the extended warranty at the till!\n\nTRANSACTION FAILED. PLEASE CONTACT STAFF.\n",
  'returns.md': '# Returns\n\nYou can return anything within 30 days. Bring your receipt & <your> card.\n',
  'locales/en.json': JSON.stringify({'checkout.title': 'Your basket size qualifies for an upsell.', thanks: 'Thanks for shopping with us!', error: 'Invalid input.'}, null, 2),
  // More findings than one page holds.
  'big.txt': Array.from({length: 120}, (_, index) => `Line ${index + 1}: our upsell target is close.`).join('\n')
}

interface Shown {
  readonly counts: Record<string, string>
  readonly byRule: Record<string, string>
  readonly files: Record<string, {errors: string; warnings: string; score: string | undefined}>
  readonly marks: Array<{file: string; rule: string; words: string}>
}

let folder: string
let server: http.Server
let browser: Browser
let page: Page
let results: JsonResult[]

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-report-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), text)
  }

  const written = runCli(['.', '--format', 'html', '-o', 'report.html'], {cwd: folder})
  expect(written.stderr).toBe('')
  expect(written.code).toBe(1)
  results = runJson(['.', '--ignore-pattern', 'report.html'], {cwd: folder}).results
  const report = fs.readFileSync(path.join(folder, 'report.html'))
  server = http.createServer((request, response) => {
    if (request.url !== '/report.html') return response.writeHead(404).end()
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(report)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  browser = await launchChromium()
  page = await browser.newPage()
  await page.setViewport({width: 1200, height: 1600})
  // The report is self-contained: any request besides the page itself is a failure.
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`, {waitUntil: 'load'})
  expect(requests.filter((url) => !url.endsWith('/report.html'))).toEqual([])
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

const shown = (): Promise<Shown> =>
  page.evaluate(() => {
    const textOf = (element: Element | null) => element?.textContent?.trim() ?? ''
    const counts: Record<string, string> = {}
    for (const element of document.querySelectorAll('dl.totals [data-count]')) counts[(element as HTMLElement).dataset.count!] = textOf(element)
    const byRule: Record<string, string> = {}
    for (const row of document.querySelectorAll('table.chart tbody tr')) byRule[(row as HTMLElement).dataset.rule!] = textOf(row.querySelector('[data-reported]'))
    const fileCounts: Shown['files'] = {}
    const marks: Shown['marks'] = []
    for (const section of document.querySelectorAll<HTMLElement>('section.file')) {
      const file = section.dataset.path!
      fileCounts[file] = {
        errors: textOf(section.querySelector('.file-head [data-count="errors"]')).split(' ')[0]!,
        warnings: textOf(section.querySelector('.file-head [data-count="warnings"]')).split(' ')[0]!,
        score: section.querySelector<HTMLElement>('.perspective')?.dataset.score
      }
      for (const mark of section.querySelectorAll<HTMLElement>('mark[data-rule]')) marks.push({file, rule: mark.dataset.rule!, words: mark.textContent!})
    }

    return {counts, byRule, files: fileCounts, marks}
  })

describe('the HTML report in Chromium', () => {
  it('shows the counts of the JSON report', async () => {
    const view = await shown()
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
    expect(view.counts).toEqual({
      files: String(results.length),
      'files-with-findings': String(results.filter((result) => result.messages.length > 0).length),
      findings: String(errors + warnings),
      errors: String(errors),
      warnings: String(warnings)
    })
    const byRule: Record<string, string> = {}
    for (const result of results) for (const message of result.messages) byRule[message.ruleId ?? 'notice'] = String(Number(byRule[message.ruleId ?? 'notice'] ?? 0) + 1)
    expect(view.byRule).toEqual(byRule)
    const byFile = Object.fromEntries(
      results
        .filter((result) => result.messages.length > 0)
        .map((result) => [path.relative(folder, result.filePath).split(path.sep).join('/'), {errors: String(result.errorCount), warnings: String(result.warningCount), score: String((result as JsonResult & {perspective: {score: number}}).perspective.score)}])
    )
    expect(view.files).toEqual(byFile)
    expect(errors + warnings).toBeGreaterThan(120)
  })

  it('highlights every finding’s exact words with its rule', async () => {
    const view = await shown()
    const expected = results.flatMap((result) => result.messages.filter((message) => message.ruleId !== null).map((message) => ({file: path.relative(folder, result.filePath).split(path.sep).join('/'), rule: message.ruleId!, words: (message as {actual?: string}).actual!})))
    const key = (mark: {file: string; rule: string; words: string}) => `${mark.file} ${mark.rule} ${mark.words}`
    expect(view.marks.map(key).sort()).toEqual(expected.map(key).sort())
    expect(view.marks.filter((mark) => mark.file === 'till.txt')).toEqual([
      {file: 'till.txt', rule: 'we-centered', words: 'We are proud'},
      {file: 'till.txt', rule: 'we-centered', words: 'Our policy requires'},
      {file: 'till.txt', rule: 'sales-jargon', words: 'Upsell'},
      {file: 'till.txt', rule: 'shouting', words: 'TRANSACTION FAILED'},
      {file: 'till.txt', rule: 'shouting', words: 'PLEASE CONTACT STAFF'}
    ])
    // The highlight takes the rule's colour.
    const colours = await page.evaluate(() => [...new Set([...document.querySelectorAll('mark[data-rule="we-centered"]')].map((mark) => getComputedStyle(mark).borderBottomColor))])
    expect(colours).toEqual(['rgb(106, 27, 154)'])
    // The catalog key is shown with its finding.
    expect(await page.$eval('section[data-path="locales/en.json"] li.finding .key', (element) => element.textContent)).toBe('key checkout.title')
  })

  it('pages the long file, and every finding is reachable with the pager', async () => {
    const big = 'section[data-path="big.txt"]'
    const visible = () => page.$$eval(`${big} li.finding`, (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => item.querySelector('.place')!.textContent))
    expect(await page.$eval(`${big} .page-status`, (element) => element.textContent)).toBe('Page 1 of 3 (findings 1–50)')
    const seen: Array<string | null> = []
    for (let pageIndex = 0; pageIndex < 3; pageIndex++) {
      const items = await visible()
      expect(items.length).toBe(pageIndex < 2 ? 50 : 20)
      seen.push(...items)
      if (pageIndex < 2) await page.click(`${big} .pager button:last-of-type`)
    }

    expect(await page.$eval(`${big} .pager button:last-of-type`, (button) => (button as HTMLButtonElement).disabled)).toBe(true)
    expect(new Set(seen).size).toBe(120)
    await page.click(`${big} .pager button:first-of-type`)
    expect(await page.$eval(`${big} .page-status`, (element) => element.textContent)).toBe('Page 2 of 3 (findings 51–100)')
    await page.click(`${big} .pager button:first-of-type`)
  })

  it('prints every finding, without the pager', async () => {
    await page.emulateMediaType('print')
    const printed = await page.$$eval('li.finding', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)
    const pagers = await page.$$eval('.pager', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)
    await page.emulateMediaType('screen')
    expect(printed).toBe(results.reduce((sum, result) => sum + result.messages.length, 0))
    expect(pagers).toBe(0)
  })

  it('saves a screenshot to look at', async () => {
    const artifacts = path.join(repoRoot, 'test-artifacts')
    fs.mkdirSync(artifacts, {recursive: true})
    const file = path.join(artifacts, 'report.png')
    await page.screenshot({path: file as `${string}.png`})
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
  })
})
