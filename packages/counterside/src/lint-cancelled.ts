/** Thrown by `lintSource` only when `isCancelled` says so: the one way it throws. */
export class LintCancelledError extends Error {
  constructor() {
    super('the lint run was cancelled')
    this.name = 'LintCancelledError'
  }
}
