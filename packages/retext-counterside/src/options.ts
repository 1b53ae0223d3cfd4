/** Options of the plugin; `@counterside/core` validates them and fills defaults. */

export type RuleSeverity = 'off' | 'warn' | 'error'

/** A phrase a team adds to a rule, in the pattern language. */
export interface TermEntry {
  readonly phrase: string
  readonly expected?: readonly string[]
  readonly note?: string
  readonly confidence?: number
}

export interface RuleOptions {
  /** Words or phrases this rule must not flag (“upsell” on a staff page). */
  readonly allow?: readonly string[]
  /** Extra phrases this rule flags (a team's own sales-contest names). */
  readonly terms?: ReadonlyArray<string | TermEntry>
  /** Override the global `minConfidence` for this rule. */
  readonly minConfidence?: number
}

export type RuleSetting = RuleSeverity | readonly [RuleSeverity] | readonly [RuleSeverity, RuleOptions]

export interface Options {
  /** Per-rule severity and options, keyed by rule id; unlisted rules use their defaults. */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** Words or phrases no rule flags. */
  readonly allow?: readonly string[]
  /** Findings less sure than this (0–1) are dropped. Default 0.5. */
  readonly minConfidence?: number
  /** The learned scorer beside the phrase tables. Default `true`; `false` runs the phrase tables alone. */
  readonly learned?: boolean
  /**
   * How a customer reaches a person in this product (“ask a team member”,
   * “call 0800 123 456”, “chat with us”), for dead-end and permission
   * rewrites. Default: none, and rewrites say nothing product-specific.
   */
  readonly contact?: string
  /** Where customers meet the copy: rewrites offer a counter only `in-store`. Default: none. */
  readonly channel?: 'in-store' | 'online' | 'phone'
}

export const defaultMinConfidence = 0.5

export function settingSeverity(setting: RuleSetting): RuleSeverity {
  return typeof setting === 'string' ? setting : setting[0]
}

export function settingOptions(setting: RuleSetting | undefined): RuleOptions {
  return Array.isArray(setting) ? (setting[1] ?? {}) : {}
}
