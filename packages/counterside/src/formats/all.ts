/**
 * Every format's extractors, imported statically: for `counterside` and
 * `counterside/extract`, whose callers call `formatOf(…).extract` without
 * loading formats first (a bundle for the browser holds them all anyway).
 * The CLI does not import this: it loads the formats its files need.
 */
import {extractAndroidStrings} from './android-strings.js'
import {extractAppleStrings} from './apple-strings.js'
import {extractHtml} from './html.js'
import {provideFormat} from './index.js'
import {extractJsonCatalog, streamJsonCatalog} from './json-catalog.js'
import {extractMarkdown, streamMarkdown} from './markdown.js'
import {extractMdx} from './mdx.js'
import {extractPlainText} from './plain-text.js'
import {extractPo, streamPo} from './po.js'
import {extractXliff} from './xliff.js'
import {extractYamlCatalog} from './yaml-catalog.js'

provideFormat('markdown', {extract: extractMarkdown, stream: streamMarkdown})
provideFormat('mdx', {extract: extractMdx})
provideFormat('html', {extract: extractHtml})
provideFormat('text', {extract: extractPlainText})
provideFormat('json', {extract: extractJsonCatalog, stream: streamJsonCatalog})
provideFormat('yaml', {extract: extractYamlCatalog})
provideFormat('po', {extract: extractPo, stream: streamPo})
provideFormat('xliff', {extract: extractXliff})
provideFormat('android', {extract: extractAndroidStrings})
provideFormat('apple', {extract: extractAppleStrings})
