/**
 * A Vite plugin that sees every Node built-in browser code imports. Vite
 * would stub it and the page would break at run time, so the playground's
 * build fails on one, and the extraction's browser-safety test lists them.
 */
import {isBuiltin} from 'node:module'
import type {Plugin} from 'vite'

export function nodeBuiltinImports(onImport: (source: string, importer: string | undefined) => void): Plugin {
  return {
    name: 'counterside-node-builtin-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isBuiltin(source)) onImport(source, importer)
      return null
    }
  }
}
