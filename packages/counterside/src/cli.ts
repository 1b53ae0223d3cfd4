/**
 * The command line: options to a run. Exit codes: 0 clean (or warnings
 * within --max-warnings), 1 findings, 2 usage, config or read errors.
 */
import {rules} from '@counterside/core'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {extensions} from './formats/index.js'
import {reporters} from './reporters/index.js'
import {run, type CliIo, type RunOptions} from './run.js'
import {version} from './version.js'


export const exitCodes = `Exit codes:
  0  no problems, or only warnings within --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  usage, config or input error (an unreadable, binary or malformed file);
     every other file is still linted and reported`

const helpAfter = `
Files: .${extensions.join(', .')}.
  Folders expand to every document type, and to .json/.yaml/.yml only under
  locales/, locale/, i18n/, l10n/, lang/, translations/ or messages/, and to
  .xml only under res/values*/ (Android). Name other catalogs explicitly.

Formats (--format): ${Object.keys(reporters).join(', ')}

${exitCodes}

Rules: ${rules.map((rule) => rule.id).join(', ')}
  (counterside --list-rules describes them)

Examples:
  counterside                           lint the current folder
  counterside docs locales/en           lint two folders
  counterside --format sarif -o counterside.sarif
  counterside --diff origin/main        only lines changed since origin/main
  counterside --cache                   skip files unchanged since the last --cache run
  echo "Upsell the warranty." | counterside --stdin --stdin-filename note.txt
`

function integer(value: string): number {
  const parsed = Number(value)
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError('expected a whole number')
  return parsed
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function createProgram(): Command {
  return new Command()
    .name('counterside')
    .description('Find customer-facing copy that centres the seller, in content files and message catalogs.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder)')
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--rule <id:severity>', 'set a rule\'s severity on top of the config (off, warn, error); repeatable', collect)
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(reporters)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <number>', 'exit 1 when there are more warnings than this', integer, -1)
    .option('--quiet', 'report errors only')
    .option('--no-ignore', 'do not use .gitignore, .countersideignore or ignore patterns')
    .option('--ignore-pattern <glob>', 'skip files matching this glob; repeatable', collect)
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'name for stdin input; its extension picks the format')
    .addOption(new Option('--report-unused-directives [severity]', 'report directives that suppressed nothing').choices(['off', 'warn', 'error']).preset('warn'))
    .option('--baseline <file>', 'findings recorded in this file do not fail the run')
    .option('--update-baseline', 'write the current findings to the --baseline file (default .counterside-baseline.json)')
    .option('--diff [ref]', 'only report findings on lines changed against a git ref (default: merge base with the default branch)')
    .option('--cache', 'reuse reports of files unchanged since the last run (same content, config and version)')
    .option('--cache-location <path>', 'cache file, or folder for it (default: .counterside-cache in the project root)')
    .option('--print-config <file>', 'print the config that applies to a file, and exit')
    .option('--list-rules', 'list the rules with descriptions and doc links, and exit')
    .option('--concurrency <number>', 'worker threads (default: by input size and cores; 1 = none)', integer)
    .option('--color', 'force colour')
    .option('--no-color', 'never colour')
    .addHelpText('after', helpAfter)
    .showSuggestionAfterError(true)
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram()
  program.exitOverride()
  program.configureOutput({writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text)})
  try {
    program.parse([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other parse problem is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2
    }

    throw error
  }

  const options = program.opts<Omit<RunOptions, 'paths'> & {color?: boolean; reportUnusedDirectives?: 'off' | 'warn' | 'error'}>()
  return run({...options, paths: program.args}, io)
}
