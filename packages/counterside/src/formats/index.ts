/**
 * File name to format. The extension decides; `--stdin-filename` uses the
 * same table. A format's parser is loaded only when a file of that format is
 * read: `loadFormats` imports the extractors of the formats a run needs
 * (remark, hast, yaml, the XML parsers…), and `extract`/`stream` need their
 * format loaded first. `counterside` and `counterside/extract` load every
 * format when they are imported (`all.ts`), so their callers never need to.
 */
import type {Extractor, StreamingExtractor} from './extraction.js'

export interface Format {
  readonly name: string
  readonly extract: Extractor
  /** The same units made as they are taken, where a format can (long Markdown, JSON and PO catalogs): what the CLI lints, so memory stays bounded. */
  readonly stream?: StreamingExtractor
  /** Catalog formats report the message key of each finding. */
  readonly catalog: boolean
}

/** A format's extractors, from its module. */
export interface Extractors {
  readonly extract: Extractor
  readonly stream?: StreamingExtractor
}

/** The modules that read the formats: one per parser, loaded on first need. */
const loaders = {
  markdown: async (): Promise<Extractors> => {
    const {extractMarkdown, streamMarkdown} = await import('./markdown.js')
    return {extract: extractMarkdown, stream: streamMarkdown}
  },
  mdx: async (): Promise<Extractors> => ({extract: (await import('./mdx.js')).extractMdx}),
  html: async (): Promise<Extractors> => ({extract: (await import('./html.js')).extractHtml}),
  text: async (): Promise<Extractors> => ({extract: (await import('./plain-text.js')).extractPlainText}),
  json: async (): Promise<Extractors> => {
    const {extractJsonCatalog, streamJsonCatalog} = await import('./json-catalog.js')
    return {extract: extractJsonCatalog, stream: streamJsonCatalog}
  },
  yaml: async (): Promise<Extractors> => ({extract: (await import('./yaml-catalog.js')).extractYamlCatalog}),
  po: async (): Promise<Extractors> => {
    const {extractPo, streamPo} = await import('./po.js')
    return {extract: extractPo, stream: streamPo}
  },
  xliff: async (): Promise<Extractors> => ({extract: (await import('./xliff.js')).extractXliff}),
  android: async (): Promise<Extractors> => ({extract: (await import('./android-strings.js')).extractAndroidStrings}),
  apple: async (): Promise<Extractors> => ({extract: (await import('./apple-strings.js')).extractAppleStrings})
} as const

export type FormatModule = keyof typeof loaders

const loaded = new Map<FormatModule, Extractors>()
const loading = new Map<FormatModule, Promise<void>>()

/** Makes a format module's extractors available (`all.ts` provides every one this way, statically). */
export function provideFormat(module: FormatModule, extractors: Extractors): void {
  loaded.set(module, extractors)
}

function extractorsOf(module: FormatModule): Extractors {
  const extractors = loaded.get(module)
  if (!extractors) throw new Error(`the ${module} format is not loaded; call loadFormats() with the file's path first`)
  return extractors
}

function format(name: string, module: FormatModule, catalog: boolean, streams: boolean): Format & {readonly module: FormatModule} {
  const extract: Extractor = (text, filePath) => extractorsOf(module).extract(text, filePath)
  if (!streams) return {name, extract, catalog, module}
  const stream: StreamingExtractor = (text, filePath) => extractorsOf(module).stream!(text, filePath)
  return {name, extract, stream, catalog, module}
}

const markdown = format('Markdown', 'markdown', false, true)
const html = format('HTML', 'html', false, false)
const yaml = format('YAML catalog', 'yaml', true, false)
const xliff = format('XLIFF', 'xliff', true, false)

const formats: Record<string, Format & {readonly module: FormatModule}> = {
  md: markdown,
  markdown,
  mdx: format('MDX', 'mdx', false, false),
  html,
  htm: html,
  txt: format('plain text', 'text', false, false),
  json: format('JSON catalog', 'json', true, true),
  arb: format('ARB catalog', 'json', true, true),
  yaml,
  yml: yaml,
  po: format('gettext catalog', 'po', true, true),
  pot: format('gettext template', 'po', true, true),
  xlf: xliff,
  xliff,
  xml: format('Android strings', 'android', true, false),
  strings: format('Apple strings', 'apple', true, false)
}

/** Every extension counterside reads, for docs and `--help`. */
export const extensions = Object.keys(formats)

export function formatOf(filePath: string): Format | undefined {
  const extension = /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase()
  return extension ? formats[extension] : undefined
}

/** Loads the parsers of the formats of these files (paths of no format are skipped), each module once. */
export async function loadFormats(filePaths: Iterable<string>): Promise<void> {
  const modules = new Set<FormatModule>()
  for (const filePath of filePaths) {
    const extension = /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase()
    const found = extension !== undefined && Object.hasOwn(formats, extension) ? formats[extension] : undefined
    if (found && !loaded.has(found.module)) modules.add(found.module)
  }

  await Promise.all([...modules].map((module) => {
    let pending = loading.get(module)
    if (!pending) {
      pending = loaders[module]().then((extractors) => provideFormat(module, extractors))
      loading.set(module, pending)
    }

    return pending
  }))
}
