/**
 * A progress line on stderr for long runs, only when a person is watching:
 * the stream is a TTY and `CI` is not set. Nothing is printed when piped or
 * in CI. The stream, environment and clock are passed in, so tests can
 * watch it with a fake terminal.
 */

export interface ProgressTarget {
  /** Writes to the stream (stderr in the CLI). */
  readonly write: (text: string) => void
  readonly isTTY: boolean
  readonly env: Readonly<Record<string, string | undefined>>
  /** Milliseconds; `Date.now` unless a test gives its own clock. */
  readonly now?: () => number
}

export interface Progress {
  /** `done` files of the total are linted. */
  readonly update: (done: number) => void
  /** Clears the line, if one was drawn. */
  readonly done: () => void
}

/** Runs of fewer files finish before a progress line is worth drawing. */
export const progressMinimumFiles = 300
/** At most one redraw per this many milliseconds, except the last. */
export const progressInterval = 100

export function createProgress(target: ProgressTarget, total: number): Progress {
  const enabled = target.isTTY && !target.env.CI && total >= progressMinimumFiles
  const now = target.now ?? Date.now
  let last: number | undefined
  return {
    update(done) {
      if (!enabled) return
      const time = now()
      if (last !== undefined && time - last < progressInterval && done < total) return
      last = time
      target.write(`\rcounterside: ${done}/${total} files`)
    },
    done() {
      if (enabled && last !== undefined) target.write('\r\u001b[K')
    }
  }
}
