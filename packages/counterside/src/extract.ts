/**
 * `counterside/extract`: the CLI's formats and file linting without IO, for
 * browsers (the playground lints in a Web Worker). Nothing on this module's
 * import graph may need a Node built-in; `test/browser/extract-graph.test.ts`
 * holds it to that.
 */
// Every format is loaded on import: `formatOf(…).extract` works at once.
import './formats/all.js'
export {formatOf, extensions, type Format} from './formats/index.js'
export type {Extraction} from './formats/extraction.js'
export {lintExtraction, type ExtractionLint, type ExtractionLintOptions} from './lint-extraction.js'
export {InputError} from './input-error.js'
export type {LintMessage, LintSuggestion} from './messages.js'
