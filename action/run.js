#!/usr/bin/env node
/**
 * The GitHub Action (action.yml runs this): lints with the counterside CLI
 * at the chosen version, prints the report in the chosen format, writes
 * SARIF when asked, sets the `errors`, `warnings` and `sarif` outputs and
 * exits as `fail-on` says. Exit 2 from the CLI (a config or input error)
 * always fails the step, whatever `fail-on` says.
 *
 * Plain JavaScript with no dependencies, so the Action needs no build step.
 * The only network use is `npm install counterside@<version>`, skipped when
 * COUNTERSIDE_ACTION_CLI names a CLI (the tests point it at this repository's build).
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ActionInputError, readInputs} from './inputs.js'

const repositoryVersion = JSON.parse(readFileSync(new URL('../packages/counterside/package.json', import.meta.url), 'utf8')).version

/** A `::error::` line for the log and the job summary; `%`, CR and LF escaped as the workflow command syntax requires. */
function annotate(level, message) {
  process.stdout.write(`::${level}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)
}

/** `counterside@<version>` into a temp folder, once per version per runner. */
function installCli(version, temp) {
  const prefix = path.join(temp, `counterside-cli-${version.replace(/[^\w.-]/g, '_')}`)
  const packageJson = path.join(prefix, 'node_modules', 'counterside', 'package.json')
  if (!existsSync(packageJson)) {
    mkdirSync(prefix, {recursive: true})
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const result = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `counterside@${version}`], {stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32'})
    if (result.status !== 0) throw new ActionInputError(`could not install counterside@${version} from npm (npm exited ${result.status ?? result.signal}); check the \`version\` input`)
  }

  const {bin} = JSON.parse(readFileSync(packageJson, 'utf8'))
  return path.join(prefix, 'node_modules', 'counterside', typeof bin === 'string' ? bin : bin.counterside)
}

const noCommit = /^0+$/

/**
 * The ref `diff: true` compares against: a pull request's base commit, or a
 * push's previous head. Anything else (a new branch, a manual run) lints
 * every line, and says so.
 */
function diffBase(eventPath) {
  if (!eventPath) throw new ActionInputError('input `diff` is true but GITHUB_EVENT_PATH is not set; run inside GitHub Actions, or set diff: false')
  let event
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (error) {
    throw new ActionInputError(`input \`diff\` is true but the event file ${eventPath} could not be read: ${error.message}`)
  }

  const base = event?.pull_request?.base?.sha ?? event?.before
  if (typeof base === 'string' && /^[0-9a-f]{7,64}$/i.test(base) && !noCommit.test(base)) return base
  annotate('notice', 'counterside: diff is true but this event has no base commit (not a pull request, or a push that created the branch); every line is linted')
  return undefined
}

/** Appends `name=value` pairs to GITHUB_OUTPUT in the multi-line form, which any value survives. */
function writeOutputs(file, outputs) {
  if (!file) return
  const delimiter = `counterside_${Math.random().toString(36).slice(2)}`
  appendFileSync(file, Object.entries(outputs).map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`).join(''))
}

/** Sums the CLI's JSON report (ESLint's shape); none when the run wrote none. */
function counts(reportPath) {
  if (!existsSync(reportPath)) return {errors: 0, warnings: 0}
  const results = JSON.parse(readFileSync(reportPath, 'utf8'))
  return {errors: results.reduce((sum, result) => sum + result.errorCount, 0), warnings: results.reduce((sum, result) => sum + result.warningCount, 0)}
}

export function main(env = process.env) {
  const temp = env.RUNNER_TEMP || os.tmpdir()
  const work = mkdtempSync(path.join(temp, 'counterside-action-'))
  try {
    const inputs = readInputs(env)
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const cli = env.COUNTERSIDE_ACTION_CLI || installCli(inputs.version ?? repositoryVersion, temp)
    const base = inputs.diff ? diffBase(env.GITHUB_EVENT_PATH) : undefined
    // The same options for every pass; the cache makes the passes after the first cheap.
    const options = [
      ...(inputs.config ? ['--config', inputs.config] : []),
      ...(base ? [`--diff=${base}`] : []),
      ...(inputs.failOn === 'warning' ? ['--max-warnings', '0'] : []),
      '--cache', '--cache-location', path.join(work, 'cache')
    ]
    const lint = (format, output, stdio) => {
      const args = [cli, ...options, '--format', format, ...(output ? ['--output-file', output] : []), '--', ...inputs.paths]
      const result = spawnSync(process.execPath, args, {cwd: workspace, stdio, env: {...env, FORCE_COLOR: '0'}})
      if (result.error) throw result.error
      // A signal or an unexpected code is a failure to check, never a pass.
      return result.status === 0 || result.status === 1 ? result.status : 2
    }

    const reportPath = path.join(work, 'report.json')
    const codes = [lint('json', reportPath, 'ignore'), lint(inputs.format, undefined, 'inherit')]
    const sarif = inputs.sarif ? path.resolve(workspace, inputs.sarif) : undefined
    if (sarif) codes.push(lint('sarif', sarif, ['ignore', 'ignore', 'inherit']))
    const {errors, warnings} = counts(reportPath)
    writeOutputs(env.GITHUB_OUTPUT, {errors, warnings, sarif: sarif && existsSync(sarif) ? sarif : ''})

    const code = Math.max(...codes)
    if (code === 2) {
      annotate('error', 'counterside could not check everything (exit 2: a usage, config or input error); see the log above')
      return 2
    }

    if (code === 1 && inputs.failOn === 'never') {
      annotate('notice', `counterside found ${errors} error(s) and ${warnings} warning(s); fail-on is never, so the step passes`)
      return 0
    }

    return code
  } catch (error) {
    // Anything unexpected is exit 2 too: Node's own exit code for a throw, 1, would read as findings.
    annotate('error', error instanceof ActionInputError ? `counterside action: ${error.message}` : `counterside action failed: ${error?.stack ?? error}`)
    return 2
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main()
