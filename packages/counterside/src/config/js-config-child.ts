/**
 * Child process that imports one JS config and sends its default export
 * back over IPC. It runs apart so a config that loops forever or calls
 * `process.exit` cannot hang or end the run (see load-js-config.ts).
 */
import {pathToFileURL} from 'node:url'

const filePath = process.argv[2]!

try {
  const module = (await import(pathToFileURL(filePath).href)) as {default?: unknown}
  const config = await module.default
  process.send!({config: config ?? null}, () => process.exit(0))
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${JSON.stringify(error) ?? String(error)}`
  process.send!({error: message}, () => process.exit(0))
}
