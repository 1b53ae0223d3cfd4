/** File name to format. The extension decides; `--stdin-filename` uses the same table. */
import {extractAndroidStrings} from './android-strings.js'
import {extractAppleStrings} from './apple-strings.js'
import type {Extractor, StreamingExtractor} from './extraction.js'
import {extractHtml} from './html.js'
import {extractJsonCatalog, streamJsonCatalog} from './json-catalog.js'
import {extractMarkdown, extractMdx, streamMarkdown} from './markdown.js'
import {extractPlainText} from './plain-text.js'
import {extractPo, streamPo} from './po.js'
import {extractXliff} from './xliff.js'
import {extractYamlCatalog} from './yaml-catalog.js'

export interface Format {
  readonly name: string
  readonly extract: Extractor
  /** The same units made as they are taken, where a format can (long Markdown, JSON and PO catalogs): what the CLI lints, so memory stays bounded. */
  readonly stream?: StreamingExtractor
  /** Catalog formats report the message key of each finding. */
  readonly catalog: boolean
}

const formats: Record<string, Format> = {
  md: {name: 'Markdown', extract: extractMarkdown, stream: streamMarkdown, catalog: false},
  markdown: {name: 'Markdown', extract: extractMarkdown, stream: streamMarkdown, catalog: false},
  mdx: {name: 'MDX', extract: extractMdx, catalog: false},
  html: {name: 'HTML', extract: extractHtml, catalog: false},
  htm: {name: 'HTML', extract: extractHtml, catalog: false},
  txt: {name: 'plain text', extract: extractPlainText, catalog: false},
  json: {name: 'JSON catalog', extract: extractJsonCatalog, stream: streamJsonCatalog, catalog: true},
  arb: {name: 'ARB catalog', extract: extractJsonCatalog, stream: streamJsonCatalog, catalog: true},
  yaml: {name: 'YAML catalog', extract: extractYamlCatalog, catalog: true},
  yml: {name: 'YAML catalog', extract: extractYamlCatalog, catalog: true},
  po: {name: 'gettext catalog', extract: extractPo, stream: streamPo, catalog: true},
  pot: {name: 'gettext template', extract: extractPo, stream: streamPo, catalog: true},
  xlf: {name: 'XLIFF', extract: extractXliff, catalog: true},
  xliff: {name: 'XLIFF', extract: extractXliff, catalog: true},
  xml: {name: 'Android strings', extract: extractAndroidStrings, catalog: true},
  strings: {name: 'Apple strings', extract: extractAppleStrings, catalog: true}
}

/** Every extension counterside reads, for docs and `--help`. */
export const extensions = Object.keys(formats)

export function formatOf(filePath: string): Format | undefined {
  const extension = /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase()
  return extension ? formats[extension] : undefined
}
