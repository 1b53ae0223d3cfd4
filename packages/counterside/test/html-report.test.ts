/**
 * The HTML reporter (`--format html`) on reports built here: escaping,
 * counts, no remote assets, baseline marking and paging. The real-browser
 * test is test/browser/report.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import type {Element, Nodes, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {fileReport, type LintMessage} from '../src/messages.js'
import {html} from '../src/reporters/html.js'
import {pageSize} from '../src/reporters/html/file-section.js'
import {excerptAt, LineStarts} from '../src/reporters/html/excerpt.js'

const context = {cwd: '/work', color: false, version: '9.9.9', baselineMatched: 0}

function finding(ruleId: string, line: number, extra: Partial<LintMessage> = {}): LintMessage {
  return {ruleId, severity: 1, message: `${ruleId} at ${line}`, line, column: 1, endLine: line, endColumn: 5, suggestions: [], url: `https://github.com/counterside/counterside/blob/main/docs/rules/${ruleId}.md`, ...extra}
}

/** Parses the report, failing on any HTML parse error, so the output is well formed. */
function parse(output: string): Root {
  const errors: string[] = []
  const tree = fromHtml(output, {
    onerror: (error) => {
      errors.push(`${error.reason} at ${error.line}:${error.column}`)
    }
  })
  expect(errors).toEqual([])
  return tree
}

function elements(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const walk = (current: Nodes): void => {
    if (current.type === 'element' && test(current)) found.push(current)
    if ('children' in current) for (const child of current.children) walk(child)
  }
  walk(node)
  return found
}

function text(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(text).join('') : ''
}

const byClass = (name: string) => (element: Element) => Array.isArray(element.properties.className) && element.properties.className.includes(name)
const count = (tree: Root, name: string): string => text(elements(tree, (element) => element.properties.dataCount === name)[0]!)

describe('html reporter', () => {
  it('escapes every piece of user text, so copy, keys and paths stay text', async () => {
    const nasty = '<script>alert(1)</script>"\'&<img src=x onerror=alert(2)>\u001b[31m'
    const report = fileReport(`/work/${nasty.replaceAll('\u001b', '')}.md`, [
      finding('sales-jargon', 1, {message: `“${nasty}” is jargon`, key: nasty, actual: nasty, suggestions: [{desc: `Replace with ${nasty}`, fix: {range: [0, 1], text: nasty}, scope: 'match', line: 1, column: 1, endLine: 1, endColumn: 2}]})
    ])
    const output = await html([report], context)
    const tree = parse(output)
    // Only the report's two scripts (paging), no image, no event handler: the copy opened nothing.
    expect(elements(tree, (element) => element.tagName === 'script')).toHaveLength(2)
    expect(elements(tree, (element) => element.tagName === 'img')).toEqual([])
    expect(elements(tree, (element) => Object.keys(element.properties).some((name) => name.startsWith('on')))).toEqual([])
    expect(text(elements(tree, byClass('message'))[0]!)).toBe('“<script>alert(1)</script>"\'&<img src=x onerror=alert(2)>\\x1b[31m” is jargon')
    expect(text(elements(tree, (element) => element.tagName === 'mark')[0]!)).toBe(nasty.replace('\u001b', '\\x1b'))
    expect(text(elements(tree, byClass('key'))[0]!)).toContain('<script>')
    expect(text(elements(tree, byClass('suggestions'))[0]!)).toContain('Replace with <script>')
    expect(text(elements(tree, (element) => element.tagName === 'h3' && String(element.properties.id).endsWith('-name'))[0]!)).toContain('<script>alert(1)</script>')
    // A link only to the web, never a script.
    const linked = parse(await html([fileReport('/work/a.md', [finding('sales-jargon', 1, {url: 'javascript:alert(3)'})])], context))
    expect(elements(linked, (element) => element.tagName === 'a' && String(element.properties.href).startsWith('javascript:'))).toEqual([])
    // No raw control character anywhere.
    expect(output).not.toMatch(/(?![\n\r])[\p{Cc}]/u)
  })

  it('counts files, errors, warnings and findings by rule, exactly', async () => {
    const reports = [
      fileReport('/work/a.md', [finding('sales-jargon', 1, {severity: 2}), finding('sales-jargon', 2), finding('we-centered', 3)]),
      fileReport('/work/b.md', [finding('we-centered', 1, {severity: 2}), {ruleId: null, severity: 1, message: 'Not checked: French', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}]),
      fileReport('/work/clean.md', [], [finding('shouting', 4)])
    ]
    const tree = parse(await html(reports, context))
    expect([count(tree, 'files'), count(tree, 'files-with-findings'), count(tree, 'findings'), count(tree, 'errors'), count(tree, 'warnings'), count(tree, 'suppressed')]).toEqual(['3', '2', '5', '2', '3', '1'])
    const rows = elements(tree, (element) => element.tagName === 'tr' && element.properties.dataRule !== undefined)
    expect(rows.map((row) => `${String(row.properties.dataRule)}=${text(elements(row, (cell) => cell.properties.dataReported !== undefined)[0]!)}`)).toEqual(['sales-jargon=2', 'we-centered=2', 'notice=1'])
    // The longest bar is full width, the others in proportion.
    expect(elements(rows[0]!, byClass('bar'))[0]!.properties.style).toBe('width:100.00%')
    expect(elements(rows[2]!, byClass('bar'))[0]!.properties.style).toBe('width:50.00%')
    const sections = elements(tree, (element) => element.tagName === 'section' && element.properties.dataPath !== undefined)
    expect(sections.map((section) => section.properties.dataPath)).toEqual(['a.md', 'b.md'])
    expect(text(elements(tree, (element) => element.tagName === 'details')[0]!)).toContain('clean.md')
  })

  it('loads nothing from anywhere: no src, link, url() or @import; URLs only in links to the rule pages', async () => {
    const output = await html([fileReport('/work/a.md', [finding('sales-jargon', 1)])], context)
    const tree = parse(output)
    expect(elements(tree, (element) => element.properties.src !== undefined || element.tagName === 'link' || element.tagName === 'iframe' || element.tagName === 'img')).toEqual([])
    expect(output).not.toMatch(/url\(|@import|@font-face/)
    const urls = output.match(/https?:\/\/[^\s"'<>)]+/g) ?? []
    const hrefs = new Set(elements(tree, (element) => element.tagName === 'a').map((element) => String(element.properties.href)))
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) {
      expect(hrefs.has(url), url).toBe(true)
      expect(url).toMatch(/^https:\/\/github\.com\/counterside\/counterside\//)
    }
  })

  it('marks new and known findings with a baseline, and counts the known apart', async () => {
    const known = finding('we-centered', 1)
    const reports = [fileReport('/work/a.md', [finding('sales-jargon', 2)])]
    const tree = parse(await html(reports, {...context, baselineMatched: 1, baselineKnown: new Map([['/work/a.md', [known]]])}))
    const items = elements(tree, byClass('finding'))
    expect(items.map((item) => `${String(item.properties.dataRule)}:${String(item.properties.dataStatus)}:${text(elements(item, byClass('badge'))[0]!)}`)).toEqual(['we-centered:known:known (baseline)', 'sales-jargon:new:new'])
    expect([count(tree, 'findings'), count(tree, 'known')]).toEqual(['1', '1'])
    // Without a baseline nothing is marked.
    const plain = parse(await html(reports, context))
    expect(elements(plain, byClass('badge'))).toEqual([])
    expect(elements(plain, (element) => element.properties.dataCount === 'known')).toEqual([])
  })

  it('pages a file’s findings, every one on exactly one page, with the file’s counts exact', async () => {
    const total = pageSize * 2 + 7
    const messages = Array.from({length: total}, (_, index) => finding('sales-jargon', index + 1, {severity: index % 3 === 0 ? 2 : 1}))
    const report = fileReport('/work/big.md', messages)
    const tree = parse(await html([report], context))
    const pages = elements(tree, (element) => element.tagName === 'ol' && byClass('findings')(element))
    expect(pages.map((page) => elements(page, byClass('finding')).length)).toEqual([pageSize, pageSize, 7])
    expect(pages.map((page) => `${String(page.properties.dataFirst)}-${String(page.properties.dataLast)}`)).toEqual([`1-${pageSize}`, `${pageSize + 1}-${pageSize * 2}`, `${pageSize * 2 + 1}-${total}`])
    // Every finding once, in order: its message names its line.
    const shown = pages.flatMap((page) => elements(page, byClass('message')).map(text))
    expect(shown).toEqual(messages.map((message) => message.message))
    // No page is hidden in the markup (a script in the head lets the stylesheet show one at a time), so without scripts, and in print, all show.
    expect(pages.every((page) => page.properties.hidden === undefined)).toBe(true)
    const section = elements(tree, (element) => element.tagName === 'section' && element.properties.dataPages !== undefined)[0]!
    expect(section.properties.dataPages).toBe('3')
    expect(elements(section, byClass('pager'))).toHaveLength(1)
    expect(text(elements(section, (element) => element.properties.dataCount === 'errors')[0]!)).toBe(`${report.errorCount} errors`)
    expect([count(tree, 'findings'), count(tree, 'errors'), count(tree, 'warnings')]).toEqual([String(total), String(report.errorCount), String(report.warningCount)])
  })

  it('highlights the words in their line from the file, with the rule on the highlight', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-html-'))
    const file = path.join(folder, 'copy.txt')
    const copy = 'Hello.\nPlease let us upsell you a warranty today.\n'
    fs.writeFileSync(file, copy)
    const offset = copy.indexOf('upsell')
    const report = fileReport(file, [finding('sales-jargon', 2, {column: 15, offset, endOffset: offset + 6, actual: 'upsell'})], [], {score: 100, customer: 1, seller: 0, neutral: 1, sentences: 2})
    const tree = parse(await html([report], {...context, cwd: folder}))
    const [mark] = elements(tree, (element) => element.tagName === 'mark')
    expect(mark!.properties.dataRule).toBe('sales-jargon')
    expect(text(mark!)).toBe('upsell')
    expect(text(elements(tree, byClass('context'))[0]!)).toBe('2Please let us upsell you a warranty today.')
    expect(elements(tree, byClass('perspective'))[0]!.properties.dataScore).toBe('100')
  })

  it('shows just the words when the file cannot be read again, and the text given for stdin', async () => {
    const message = finding('sales-jargon', 1, {offset: 4, endOffset: 10, actual: 'upsell'})
    const gone = parse(await html([fileReport('/nowhere/copy.txt', [message])], context))
    expect(text(elements(gone, byClass('context'))[0]!)).toBe('upsell')
    const stdin = parse(await html([fileReport('<text>', [message])], {...context, sources: new Map([['<text>', 'Our upsell bar']])}))
    expect(text(elements(stdin, byClass('context'))[0]!)).toBe('1Our upsell bar')
  })
})

describe('excerptAt', () => {
  it('clips a long line to a window either side of the words', () => {
    const line = `${'a'.repeat(1000)} upsell ${'b'.repeat(1000)}`
    const excerpt = excerptAt(new LineStarts(`first\n${line}\nlast`), 6 + 1001, 6 + 1007)!
    expect(excerpt.words).toBe('upsell')
    expect(excerpt.line).toBe(2)
    expect(excerpt.before).toBe(`…${'a'.repeat(119)} `)
    expect(excerpt.after).toBe(` ${'b'.repeat(119)}…`)
  })

  it('refuses offsets that do not fit the text', () => {
    const lines = new LineStarts('short')
    expect(excerptAt(lines, 2, 99)).toBeUndefined()
    expect(excerptAt(lines, 3, 2)).toBeUndefined()
    expect(excerptAt(lines, -1, 2)).toBeUndefined()
  })
})
