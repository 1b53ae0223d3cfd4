/**
 * The format registry loads a format's parser only when asked: the CLI
 * calls `loadFormats` with its files' paths; `counterside` and
 * `counterside/extract` load every format on import.
 */
import {describe, expect, it} from 'vitest'
import {formatOf, loadFormats} from '../src/formats/index.js'
import {reporters} from '../src/reporters/index.js'
import {formatChoices, reporterNames} from '../src/reporters/names.js'

describe('format loading', () => {
  it('knows every format by name before any parser is loaded, and extracts only once loaded', async () => {
    const markdown = formatOf('guide/page.md')!
    expect(markdown.name).toBe('Markdown')
    expect(markdown.catalog).toBe(false)
    expect(typeof markdown.stream).toBe('function')
    expect(formatOf('messages.po')!.catalog).toBe(true)
    expect(() => markdown.extract('Upsell the warranty.', 'page.md')).toThrow(/not loaded/)
    await loadFormats(['guide/page.md', 'notes.unknown', 'no-extension'])
    expect(markdown.extract('Upsell the warranty.', 'page.md').units.map((unit) => unit.text)).toEqual(['Upsell the warranty.\n\n'])
    // Loading one format loads no other.
    expect(() => formatOf('page.mdx')!.extract('Hi', 'page.mdx')).toThrow(/not loaded/)
    await loadFormats(['page.mdx', 'other.mdx'])
    expect(formatOf('page.mdx')!.extract('Hi {name}', 'page.mdx').units.length).toBe(1)
  })

  it('shares one module between the extensions of a format', async () => {
    await loadFormats(['a.yml'])
    expect(formatOf('b.yaml')!.extract('greeting: Hello there\n', 'b.yaml').units.map((unit) => unit.key)).toEqual(['greeting'])
  })
})

describe('reporter names', () => {
  it('are the built-in reporters, in order, for --format and --help without loading them', () => {
    expect(Object.keys(reporters)).toEqual([...reporterNames])
    expect(formatChoices.startsWith(`${reporterNames.join(', ')}, or a path`)).toBe(true)
  })
})
