/**
 * Whether the stylish report is coloured. `--color`/`--no-color` win; then
 * `FORCE_COLOR` (`0` or `false` off; `1`, `2`, `3`, `true` or empty on, as
 * Node and supports-color read it); then `NO_COLOR` (any non-empty value
 * turns colour off); then whether stdout is a terminal. The environment
 * speaks for the terminal only: a report written with `-o` is coloured only
 * when `--color` asks, so `FORCE_COLOR=1` in CI does not put escape codes in
 * report files.
 */
export interface ColorSettings {
  readonly flag: boolean | undefined
  readonly toFile: boolean
  readonly stdoutIsTTY: boolean
  readonly env: Readonly<Record<string, string | undefined>>
}

export function useColor({flag, toFile, stdoutIsTTY, env}: ColorSettings): boolean {
  if (flag !== undefined) return flag
  if (toFile) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR) return false
  return stdoutIsTTY
}
