/**
 * Which files a folder expands to: every document, but JSON/YAML only where
 * catalogs live and XML only in Android `res/values*` (so `package.json`,
 * `tsconfig.json` or a build's XML are never read as copy).
 */
import path from 'node:path'

const documentExtensions = new Set(['md', 'markdown', 'mdx', 'html', 'htm', 'txt', 'po', 'pot', 'xlf', 'xliff', 'strings', 'arb'])
const catalogExtensions = new Set(['json', 'yaml', 'yml'])
const catalogFolder = /^(?:locales?|i18n|l10n|lang|langs|translations|messages)$/
const androidValuesFolder = /^values(?:-.*)?$/

/**
 * Whether walking `root` (a folder named on the command line) lints `file`.
 * A catalog folder anywhere on the path counts, the named folder's own
 * ancestors included, so `counterside app/locales/en` takes its JSON.
 */
export function folderExpandsTo(root: string, file: string): boolean {
  const extension = path.extname(file).slice(1).toLowerCase()
  if (documentExtensions.has(extension)) return true
  const folders = path.dirname(file).split(path.sep)
  if (catalogExtensions.has(extension)) return folders.some((folder) => catalogFolder.test(folder))
  if (extension !== 'xml') return false
  const inValues = androidValuesFolder.test(folders.at(-1) ?? '') && folders.at(-2) === 'res'
  return inValues || root.split(path.sep).some((folder) => androidValuesFolder.test(folder))
}

/**
 * The same choice as one regular expression over `/`-separated paths, for
 * tools that pick the files themselves (pre-commit's `files`): documents
 * anywhere, catalogs below a catalog folder, XML in `res/values*` (lower-case
 * extensions). Python and JavaScript read it alike.
 */
export const expansionPattern = [
  `\\.(?:${[...documentExtensions].join('|')})$`,
  `(?:^|/)${catalogFolder.source.slice(1, -1)}/(?:[^/]+/)*[^/]+\\.(?:${[...catalogExtensions].join('|')})$`,
  `(?:^|/)res/${androidValuesFolder.source.slice(1, -1).replace('.*', '[^/]*')}/[^/]+\\.xml$`
].join('|')
