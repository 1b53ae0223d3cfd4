/**
 * A progress line on stderr for long runs, only when a person is watching:
 * stderr is a TTY and not CI. Nothing is printed when piped.
 */
import type {CliIo} from './run.js'

const minimumFiles = 300

export function createProgress(io: CliIo, total: number): {update: (done: number) => void; done: () => void} {
  const enabled = io.stderrIsTTY && !io.env.CI && total >= minimumFiles
  let last = 0
  return {
    update(done) {
      const now = Date.now()
      if (!enabled || (now - last < 100 && done < total)) return
      last = now
      io.stderr(`\rcounterside: ${done}/${total} files`)
    },
    done() {
      if (enabled) io.stderr('\r\u001b[K')
    }
  }
}
