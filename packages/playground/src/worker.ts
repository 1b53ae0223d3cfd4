/** The lint worker: linting a long text takes a while, and the page must keep answering keys meanwhile. */
import {lintCopy} from './lint-copy.js'
import type {LintRequest, LintResponse} from './protocol.js'

// The page's TypeScript lib is the DOM's; a worker's global needs only these two.
interface WorkerScope {
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null
  postMessage(message: LintResponse): void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => scope.postMessage(lintCopy(event.data))
