/** Long Markdown parsed in parts must give exactly what one parse of the whole gives. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintText} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import {extractMarkdown, extractMarkdownInParts} from '../src/formats/markdown.js'
import {markdownChunks} from '../src/formats/markdown-chunks.js'
import {readmeCorpus} from '../../../scripts/bench/readme-corpus.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const whole = (text: string) => extractMarkdownInParts(text, Number.POSITIVE_INFINITY)
// A part length of 1 cuts at every place the scan finds safe: the hardest test of each.
const everyCut = (text: string) => extractMarkdownInParts(text, 1)

/** Documents that carry something over a blank line, each between ordinary blocks. */
const tricky: Record<string, string> = {
  'fenced code with blank lines': 'Upsell the warranty.\n\n```js\nconst a = 1\n\nUpsell the warranty.\n```\n\nPlease wait for manager approval.\n',
  'tilde fence and a longer closer': '~~~~\nUpsell\n\n~~~\n\nUpsell: still code\n\n~~~~~\n\nUpsell: warranty.\n',
  'an unclosed fence': 'Upsell: warranty.\n\n```\ncode\n\nUpsell: warranty.\n',
  'HTML comment over blank lines': 'Upsell: warranty.\n\n<!--\n\nUpsell: warranty.\n\n-->\n\nUpsell: warranty.\n',
  '<pre> over blank lines': '<pre>\nUpsell\n\n*not emphasis*\n</pre>\n\nUpsell: warranty.\n',
  'a directive before the next block': '<!-- counterside-disable-next-line sales-jargon -->\nUpsell: warranty.\n\nUpsell: warranty.\n\n<!-- counterside-disable -->\n\nUpsell: warranty.\n\n<!-- counterside-enable -->\n\nUpsell: warranty.\n',
  'front matter with blank lines': '---\ntitle: Upsell the warranty\n\ndescription: Please wait for manager approval\n---\n\nUpsell: warranty.\n\n---\n\nAfter a break.\n',
  'lists and quotes continued after blank lines': '- Upsell: warranty.\n\n  Still the item: upsell.\n\n      indented code in the item\n\n- Next item\n\n> Quote: upsell.\n>\n> Still quoted.\n\n> A new quote.\n\n1. One\n\n3. Three\n\nAfter.\n',
  'reference links defined later': 'See [the upsell guide][guide] and [Docs] and [![badge]][npm].\n\n- [guide] again\n\n[guide]: https://example.com/guide\n[docs]: https://example.com "Title"\n[npm]: https://npmjs.com\n[badge]: https://img.example.com\n',
  'setext headings and breaks': 'Upsell title\n============\n\nText\n\n---\n\nMore text\n---\n\n***\n',
  'indented code after a blank line': 'Paragraph.\n\n    Upsell in code\n\n    more code\n\nUpsell: warranty.\n',
  'HTML blocks that end at a blank line': '<div>\nUpsell *here*\n\nUpsell: warranty.\n\n</div>\n',
  'CRLF line ends': 'Upsell: warranty.\r\n\r\n- item\r\n\r\n> quote\r\n\r\n```\r\na\r\n\r\nb\r\n```\r\n\r\nPlease wait for manager approval.\r\n'
}

describe('Markdown in parts', () => {
  it.each(Object.entries(tricky))('extracts %s as one parse of the whole does', (name, text) => {
    if (name !== 'an unclosed fence') expect(markdownChunks(text, text.startsWith('---'), 1).length).toBeGreaterThan(1)
    expect(everyCut(text)).toEqual(whole(text))
  })

  it('extracts the same from the docs and READMEs of the repository and its dependencies', () => {
    const own = ['README.md', 'docs/cli.md', 'docs/writing-rules.md', 'docs/copywriters-guide.md', 'docs/eslint-plugin.md'].map((file) => readFileSync(path.join(root, file), 'utf8'))
    const readmes = (readmeCorpus({maxBytes: 120 * 1024}) as Array<{text: string}>).map((file) => file.text)
    for (const text of [...own, ...readmes]) expect(everyCut(text)).toEqual(whole(text))
  })

  it('finds the same at the same places in a long document', () => {
    const text = Object.values(tricky).filter((page) => !page.startsWith('---')).join('\n\n').repeat(15)
    const findings = (extraction: ReturnType<typeof whole>) => extraction.units.flatMap((unit) => lintText(unit.text).map((finding) => ({rule: finding.ruleId, start: unit.starts[finding.offset], end: unit.ends[finding.endOffset - 1]})))
    const inParts = extractMarkdown(text)
    expect(findings(inParts).length).toBeGreaterThan(15)
    expect(findings(inParts)).toEqual(findings(whole(text)))
  })

  it('cuts a long document into bounded parts', () => {
    const page = 'Paragraph of copy.\n\n- a list item\n\n> a quote\n\n'.repeat(20_000)
    const parts = markdownChunks(page, false)
    expect(parts.length).toBeGreaterThan(50)
    // Each part is as long as the least length plus the blocks up to the next safe cut.
    for (const [start, end] of parts) expect(end - start).toBeLessThan(17 * 1024)
  })

  it('makes no cut inside front matter, fences or HTML blocks that never close', () => {
    for (const text of ['---\ntitle: a\n\n' + 'Text.\n\n'.repeat(5000), '```\n' + 'code\n\n'.repeat(5000), '<!--\n' + 'Text.\n\n'.repeat(5000)]) {
      expect(markdownChunks(text, text.startsWith('---'), 1)).toEqual([[0, text.length]])
    }
  })
})
