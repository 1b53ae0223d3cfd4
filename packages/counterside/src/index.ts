/**
 * counterside's programmatic API: the CLI's pieces for tools that want the
 * same file handling without the process around it.
 */
export {main, createProgram, exitCodes} from './cli.js'
export {run, type CliIo, type RunOptions} from './run.js'
export {loadConfigs, parseRuleFlags, resolveConfigFor, type ConfigLoadOptions} from './config/load.js'
export {searchPlaces, type ConfigLayer} from './config/cascade.js'
export {cliConfigField, validateCliConfig, type CliConfig, type CliConfigInput, type Override} from './config/cli-config.js'
export {configSchema} from './config/json-schema.js'
export {ConfigResolver, type ResolvedConfig, type ResolverSettings} from './config/resolve.js'
export {discoverFiles, folderLints, type FolderMembership, type FolderMemberOptions, type Discovery, type DiscoverOptions, type DiscoveryFileSystem, type DiscoveryProblem} from './discover.js'
export {lintFile, lintSource, LintCancelledError, type FileLintOptions} from './lint-file.js'
export {lintFiles, type LintFilesOptions} from './lint-files.js'
// Every format is loaded on import, so `lintSource` and `formatOf(…).extract` need no `loadFormats` first.
import './formats/all.js'
export {formatOf, extensions, loadFormats, type Format} from './formats/index.js'
export {reporters, type Reporter, type ReportContext} from './reporters/index.js'
export type {FileReport, LintMessage, LintSuggestion} from './messages.js'
export type {TextUnit} from './units.js'
