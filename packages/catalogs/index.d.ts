export type Audience = 'customer' | 'staff'

export type CatalogFormat = 'json' | 'po' | 'js'

/** One entry of catalogs.json. */
export interface CatalogEntry {
  /** npm package name, pinned exactly in package.json. */
  package: string
  version: string
  /** Paths inside the installed package. */
  files: string[]
  format: CatalogFormat
  /** For format js: dotted path of the export holding the catalog; default: the default export, else the only export. */
  export?: string
  /** Regular expression source: flattened keys that match are left out (descriptions, developer comments). */
  excludeKeys?: string
  audience: Audience
  kind: string
}

/** One string of a catalog, exactly as shipped. */
export interface CatalogString {
  package: string
  version: string
  audience: Audience
  /** Dotted path for JSON and JS catalogs; msgid (with "msgctxt|" and [n] plural suffixes) for PO. */
  key: string
  text: string
  /** The catalog file inside the package. */
  file: string
}

/** The checked manifest (catalogs.json). */
export function readManifest(): CatalogEntry[]

/** Installed folder of a catalog package; throws naming the package when it is not installed. */
export function packageDir(name: string): string

/**
 * Every string of every catalog, in manifest, file and key order: non-string
 * values and empty strings skipped, identical texts kept once per package.
 * Throws an error naming the package when a package or file is missing.
 */
export function readCatalogs(): CatalogString[]

/** Nested objects and arrays to [dotted key, value] pairs. */
export function flatten(value: unknown): Array<[string, unknown]>

/** Gettext PO source to [key, text] pairs (msgstr if non-empty, else msgid). */
export function parsePo(source: string): Array<[string, string]>
