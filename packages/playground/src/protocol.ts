/** What the page and the lint worker say to each other. */
import type {Perspective} from '@counterside/core'
import type {LintMessage} from 'counterside/extract'

export interface LintRequest {
  /** Answers to an older request are dropped: typing outruns linting. */
  readonly id: number
  readonly text: string
  /** Decides the format (by extension) and, for catalogs, may name the language (`fr.json`). */
  readonly fileName: string
  readonly disabledRules: readonly string[]
  readonly minConfidence: number
}

export type LintResponse =
  | {readonly id: number; readonly ok: true; readonly checked: boolean; readonly messages: readonly LintMessage[]; readonly perspective?: Perspective | undefined}
  | {readonly id: number; readonly ok: false; readonly problem: string}
