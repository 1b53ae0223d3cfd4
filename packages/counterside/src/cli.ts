/**
 * The command line: options to a run. Exit codes: 0 clean (or warnings
 * within --max-warnings), 1 findings, 2 usage, config or read errors.
 *
 * The engine, the formats' parsers and the reporters load only once the
 * arguments ask for a run (`run.ts`, imported then): `--version`, `--help`
 * and usage errors need none of them.
 */
import {ruleIds} from '@counterside/core/rule-ids'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {extensions} from './formats/index.js'
import {parseLanguageTag} from './formats/language.js'
import {printableButLineBreaks} from './printable.js'
import {formatChoices, isFormatterPath, isReporterName, reporterNames} from './reporters/names.js'
import type {MergeOptions} from './merge-reports-cli.js'
import type {CliIo, RunOptions} from './run.js'
import {parseShard} from './shard.js'
import {version} from './version.js'


export const exitCodes = `Exit codes:
  0  no problems, or only warnings within --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  usage, config or input error (an unreadable, binary or malformed file,
     or a path or glob that matches no file);
     every other file is still linted and reported`

const helpAfter = `
Files: .${extensions.join(', .')}.
  Folders expand to every document type, and to .json/.yaml/.yml only under
  locales/, locale/, i18n/, l10n/, lang/, translations/ or messages/, and to
  .xml only under res/values*/ (Android). Name other catalogs explicitly.

Language: English only. A file in another language is reported as not
  checked (a warning; --fail-on-unchecked makes it an error), never linted.

Formats (--format): ${reporterNames.join(', ')}
  or a formatter module: --format ./my-formatter.js (ESLint's formatter signature)

${exitCodes}

Rules: ${ruleIds.join(', ')}
  (counterside --list-rules describes them)

Examples:
  counterside                           lint the current folder
  counterside docs locales/en           lint two folders
  counterside --format sarif -o counterside.sarif
  counterside --format html -o report.html
  counterside --diff origin/main        only lines changed since origin/main
  counterside --shard 2/4 --format json -o shard-2.json
  counterside merge-reports shard-*.json --format sarif -o counterside.sarif
  counterside --cache                   skip files unchanged since the last --cache run
  counterside --fix-suggestions docs    apply the suggestions in docs/ (review the diff)
  echo "Upsell the warranty." | counterside --stdin --stdin-filename note.txt
  echo "Upsell the warranty." | counterside -     (- is standard input too)

Colour: on for a terminal; --color/--no-color, then FORCE_COLOR (0 off,
  1-3 on), then NO_COLOR decide. Reports written with -o are never coloured
  unless --color is given.
`

export function integer(value: string): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError('expected a whole number')
  return parsed
}

/** `--language`: English only, in any spelling (`en`, `en-GB`, `eng`); anything else says why. */
function englishLanguage(value: string): 'en' {
  const tag = parseLanguageTag(value)
  if (!tag) throw new InvalidArgumentError('not a language code; counterside checks English copy, so use en (or en-GB, en_US, eng)')
  if (!tag.english) throw new InvalidArgumentError(`counterside checks English copy only; files in ${tag.name} are reported as not checked without this flag`)
  return 'en'
}

function positiveInteger(value: string): number {
  const parsed = integer(value)
  if (parsed < 1) throw new InvalidArgumentError('expected a whole number of at least 1 (1 = no worker threads)')
  return parsed
}

/** A built-in format, or a path to a formatter module (loaded by the run, which says if it is missing). */
export function format(value: string): string {
  if (isReporterName(value) || isFormatterPath(value)) return value
  throw new InvalidArgumentError(`Allowed choices are ${formatChoices}.`)
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function createProgram(): Command {
  return new Command()
    .name('counterside')
    .description('Find customer-facing copy that centres the seller, in content files and message catalogs.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder); - for standard input')
    .option('-c, --config <path>', 'use this config file instead of the configs found from each file\'s folder up')
    .option('--rule <id:severity>', 'set a rule\'s severity on top of the config (off, warn, error or 0, 1, 2); repeatable', collect)
    .option('-f, --format <name>', `output format: ${formatChoices}`, format, 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', integer, -1)
    .option('--quiet', 'report errors only')
    .option('--no-ignore', 'do not use .gitignore, .countersideignore or ignore patterns')
    .option('--ignore-pattern <glob>', 'skip files matching this glob; repeatable', collect)
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob matches no file')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'name for stdin input; its extension picks the format')
    .addOption(new Option('--report-unused-directives [severity]', 'report directives that suppressed nothing').choices(['off', 'warn', 'error']).preset('warn'))
    .option('--language <code>', 'the copy is English (en, en-GB, …): lint it even where detection guesses another language', englishLanguage)
    .option('--fail-on-unchecked', 'a file not checked (not in English) is an error, not a warning')
    .option('--baseline <file>', 'findings recorded in this file do not fail the run')
    .option('--update-baseline', 'write the current findings to the --baseline file (default .counterside-baseline.json)')
    .option('--diff [ref]', 'only report findings on lines changed against a git ref (default: merge base with the default branch)')
    .option('--fix-suggestions', 'apply the first suggestion of each finding and write the files (atomically); catalog keys and markup are never touched. With --stdin, nothing is written: the fixed text is the JSON report\'s output')
    .option('--cache', 'reuse reports of files unchanged since the last run (same content, config and version)')
    .option('--cache-location <path>', 'cache file, or folder for it (default: .counterside-cache in the project root)')
    .option('--print-config <file>', 'print the full config that applies to a file (defaults included) and the files it came from, and exit')
    .option('--list-rules', 'list the rules with descriptions and doc links, and exit')
    .option('--shard <i/n>', 'lint only shard i of n (a split by path, the same on every machine); merge the JSON reports with counterside merge-reports', parseShard)
    .option('--concurrency <number>', 'worker threads, at least 1 (default: by input size and cores; 1 = none)', positiveInteger)
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .addHelpText('after', helpAfter)
    .showSuggestionAfterError(true)
}

/**
 * `counterside merge-reports`: dispatched on the first argument rather than
 * as a commander subcommand, because the default command takes paths (lint a
 * folder of that name as ./merge-reports).
 */
export const mergeCommand = 'merge-reports'

export function createMergeProgram(): Command {
  return new Command(`counterside ${mergeCommand}`)
    .description('Merge the JSON reports of counterside --shard runs into one report, with the exit code the unsharded run would have had.')
    .argument('<reports...>', 'JSON reports (counterside --shard <i>/<n> --format json -o <file>)')
    .option('-f, --format <name>', `output format: ${formatChoices}`, format, 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', integer, -1)
    .option('--update-baseline', 'write the merged findings to the --baseline file (default .counterside-baseline.json); the shards run without --baseline')
    .option('--baseline <file>', 'the baseline file --update-baseline writes')
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .addHelpText('after', `\n${exitCodes}\n`)
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const merging = argv[0] === mergeCommand
  const program = merging ? createMergeProgram() : createProgram()
  program.exitOverride()
  // Commander quotes the arguments in its errors: shown, not executed.
  program.configureOutput({writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(printableButLineBreaks(text))})
  try {
    program.parse(merging ? argv.slice(1) : [...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other parse problem is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2
    }

    throw error
  }

  if (merging) {
    const {mergeReports} = await import('./merge-reports-cli.js')
    return mergeReports(program.args, program.opts<MergeOptions>(), io)
  }

  const {run} = await import('./run.js')
  const options = program.opts<Omit<RunOptions, 'paths'> & {color?: boolean; reportUnusedDirectives?: 'off' | 'warn' | 'error'}>()
  // `counterside -` reads standard input, as `--stdin` does; with other paths the run says they do not go together.
  const stdin = options.stdin === true || program.args.includes('-')
  return run({...options, stdin, paths: program.args.filter((arg) => arg !== '-')}, io)
}
