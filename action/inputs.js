/**
 * The Action's inputs, read from the `INPUT_*` variables action.yml sets,
 * checked before anything runs so a typo is a clear error, never a quiet
 * default. `test/action.test.ts` checks this list against action.yml's.
 */

/** Every input action.yml declares, with its default there. */
export const inputDefaults = {
  paths: '.',
  format: 'github',
  sarif: '',
  diff: 'false',
  'fail-on': 'error',
  config: '',
  version: ''
}

export const inputNames = Object.keys(inputDefaults)

const failOnChoices = ['error', 'warning', 'never']

export class ActionInputError extends Error {
  name = 'ActionInputError'
}

/** The variable action.yml maps an input to: `INPUT_` + the name upper-cased, `-` as `_` (a name every shell can carry). */
export function inputVariable(name) {
  return `INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`
}

function input(env, name) {
  const value = env[inputVariable(name)]
  return (value === undefined || value.trim() === '' ? inputDefaults[name] : value).trim()
}

function boolean(env, name) {
  const value = input(env, name)
  if (value === 'true' || value === 'false') return value === 'true'
  throw new ActionInputError(`input \`${name}\` is \`${value}\`; use true or false`)
}

/**
 * @returns {{paths: string[], format: string, sarif: string | undefined, diff: boolean, failOn: 'error' | 'warning' | 'never', config: string | undefined, version: string | undefined}}
 */
export function readInputs(env) {
  const failOn = input(env, 'fail-on')
  if (!failOnChoices.includes(failOn)) throw new ActionInputError(`input \`fail-on\` is \`${failOn}\`; use one of ${failOnChoices.join(', ')}`)
  const version = input(env, 'version')
  // A version goes to npm as `counterside@<version>`: a range or tag, never a path, URL or flag.
  if (version !== '' && !/^[\w.^~<>=|*+ -]+$/.test(version)) throw new ActionInputError(`input \`version\` is \`${version}\`; use a version, range or tag of the counterside npm package (e.g. 0.1.0)`)
  if (version.startsWith('-')) throw new ActionInputError(`input \`version\` is \`${version}\`; use a version, range or tag of the counterside npm package (e.g. 0.1.0)`)
  const format = input(env, 'format')
  // Formats are the CLI's to check (it exits 2 on an unknown one); a flag here would change the command.
  if (format.startsWith('-')) throw new ActionInputError(`input \`format\` is \`${format}\`; use a format name such as github, stylish or sarif`)
  const paths = input(env, 'paths').split(/\s+/).filter(Boolean)
  const sarif = input(env, 'sarif')
  const config = input(env, 'config')
  return {paths, format, sarif: sarif || undefined, diff: boolean(env, 'diff'), failOn, config: config || undefined, version: version || undefined}
}
