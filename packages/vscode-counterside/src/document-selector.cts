/**
 * The documents the extension hands to the server. Saved files are chosen by
 * extension, the same list the CLI reads (a test holds the two together), so
 * the editor and `counterside` agree on what is copy; unsaved buffers have no
 * extension, so they are chosen by the language the user picked.
 */

export interface FileType {
  /** What the readme calls it. */
  readonly name: string
  /** Extensions without the dot, as in the CLI's `formats/index.ts`. */
  readonly extensions: readonly string[]
  /** VS Code's language id, where VS Code itself knows the format. */
  readonly language?: string
}

export const fileTypes: readonly FileType[] = [
  {name: 'Markdown', extensions: ['md', 'markdown'], language: 'markdown'},
  {name: 'MDX', extensions: ['mdx'], language: 'mdx'},
  {name: 'HTML', extensions: ['html', 'htm'], language: 'html'},
  {name: 'plain text', extensions: ['txt'], language: 'plaintext'},
  {name: 'JSON catalogs and ARB', extensions: ['json', 'arb']},
  {name: 'YAML catalogs', extensions: ['yaml', 'yml']},
  {name: 'gettext PO and POT', extensions: ['po', 'pot']},
  {name: 'XLIFF', extensions: ['xlf', 'xliff']},
  {name: 'Android strings', extensions: ['xml']},
  {name: 'Apple strings', extensions: ['strings']}
]

/** `**\/*.{md,markdown}`: a glob for one file type. */
export function filePattern(type: FileType): string {
  return type.extensions.length === 1 ? `**/*.${type.extensions[0]}` : `**/*.{${type.extensions.join(',')}}`
}

export interface DocumentFilter {
  readonly scheme: 'file' | 'untitled'
  readonly pattern?: string
  readonly language?: string
}

// Only prose languages select unsaved buffers: `json`, `yaml` and `xml` also
// name settings, manifests and build files that are not copy.
export const documentSelector: readonly DocumentFilter[] = [
  ...fileTypes.map((type): DocumentFilter => ({scheme: 'file', pattern: filePattern(type)})),
  ...fileTypes.flatMap((type): DocumentFilter[] => (type.language ? [{scheme: 'untitled', language: type.language}] : []))
]
