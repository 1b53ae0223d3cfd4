/** The page's side of the lint worker: one request in flight that matters, older answers dropped. */
import type {LintRequest, LintResponse} from './protocol.js'

export type LintSettings = Omit<LintRequest, 'id'>

export function createLintClient(onResult: (response: LintResponse, request: LintSettings) => void): (settings: LintSettings) => void {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {type: 'module'})
  let latest = 0
  const pending = new Map<number, LintSettings>()
  worker.onmessage = (event: MessageEvent<LintResponse>) => {
    const request = pending.get(event.data.id)
    pending.delete(event.data.id)
    if (event.data.id === latest && request) onResult(event.data, request)
  }

  worker.onerror = (event) => {
    const request = pending.get(latest)
    if (request) onResult({id: latest, ok: false, problem: `The linter stopped: ${event.message}`}, request)
  }

  return (settings) => {
    latest++
    pending.set(latest, settings)
    worker.postMessage({id: latest, ...settings} satisfies LintRequest)
  }
}
