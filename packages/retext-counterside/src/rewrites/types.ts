/**
 * The rewrite model: string in (a block of text and a finding's offsets),
 * replacements out, so the phrase layer, the learned layer and
 * `@counterside/core` (which has only the raw block) all share one set of
 * templates.
 */

/** Where the customer meets the copy; rewrites never offer a counter on a website. */
export type Channel = 'in-store' | 'online' | 'phone'

/** What the product offers as a way forward (config `contact` and `channel`). */
export interface WayForward {
  /** How a customer reaches a person (“ask a team member”, “call 0800 123 456”); absent: say nothing product-specific. */
  readonly contact?: string | undefined
  readonly channel?: Channel | undefined
}

export interface Rewrite {
  /** The replacement for [offset, endOffset) of the block. */
  readonly text: string
  readonly offset: number
  readonly endOffset: number
  /** `match`: the finding's words (and the noun they govern); `sentence`: the whole sentence the finding is in. */
  readonly scope: 'match' | 'sentence'
}

/** One finding, as a template sees it. */
export interface RewriteInput {
  readonly ruleId: string
  /** The block the finding is in. */
  readonly text: string
  /** The finding's offsets into `text`, end exclusive. */
  readonly start: number
  readonly end: number
  readonly way: WayForward
}

/** One shape family's templates: what they rewrite, for the rule docs, and the rewriting itself. */
export interface TemplateFamily {
  readonly ruleId: string
  /** Shape → rewrite, as the docs' generated table shows them, each with an example the table lints. */
  readonly shapes: ReadonlyArray<{readonly shape: string; readonly rewrite: string; readonly example: string}>
  /** Rewrites for one finding of `ruleId`, best first; none when no shape fits. */
  rewrite(input: RewriteInput): Rewrite[]
}
