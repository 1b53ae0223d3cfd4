/**
 * Options: per-rule options and shared `settings.counterside`, their
 * defaults, and the JSON schema ESLint validates rule options with.
 */
import type {JSONSchema} from '@typescript-eslint/utils'
import {ruleOptionsFor, toJsonSchema, type Config, type RuleInfo, type RuleOptions as EngineRuleOptions} from '@counterside/core'

/** Where strings are found. Lists add to the defaults. */
export interface DetectionOptions {
  /** Also lint every other string literal, minus the exclusions (imports, keys, logs, code-like strings). */
  readonly checkAllStrings?: boolean
  /** JSX attributes people read (`title`, `alt`, `aria-label` …). */
  readonly attributes?: readonly string[]
  /** Functions whose string arguments are copy: `t`, `toast`, `toast.*`, `message.*` … */
  readonly callees?: readonly string[]
  /** Properties that are copy in objects passed to `callees` (`toast({title, description})`). */
  readonly messageProperties?: readonly string[]
  /** Functions whose string arguments are for developers, never customers (`console.*`, `logger.*`). */
  readonly internalCallees?: readonly string[]
  /**
   * JSX elements that sit inside a sentence (`b`, `a`, `span` …, `Trans`,
   * `Link`, `Formatted*`): text on both sides of them and inside them is read
   * as one text. Dotted names with `*` for part of a segment; a name also
   * matches its last segment (`motion.span`). Added to the defaults.
   */
  readonly inlineElements?: readonly string[]
}

export interface SurfaceList {
  /** Component names: JSX elements and the components that define them. */
  readonly components?: readonly string[]
  /** Globs, relative to the ESLint working directory. */
  readonly files?: readonly string[]
}

export interface Surfaces {
  /** Screens customers read: every rule applies. */
  readonly customer?: SurfaceList
  /** Screens only staff read: only the rules that still matter there apply. */
  readonly staff?: SurfaceList
}

/** `settings.counterside`, shared by every counterside rule. */
export interface Settings extends DetectionOptions, Pick<Config, 'allow' | 'minConfidence'> {
  readonly surfaces?: Surfaces
}

/** Options of one rule: detection overrides plus that rule's engine options (`allow`, `terms`, `minConfidence`), as core describes them. */
export interface RuleOptions extends DetectionOptions, EngineRuleOptions {}

export const defaultAttributes: readonly string[] = [
  'title',
  'alt',
  'placeholder',
  'aria-label',
  'aria-description',
  'label',
  'helperText',
  'message',
  'description',
  'tooltip'
]

export const defaultCallees: readonly string[] = [
  't',
  'i18n.t',
  'alert',
  'confirm',
  'prompt',
  'window.alert',
  'window.confirm',
  'window.prompt',
  'toast',
  'toast.*',
  'notify',
  'showMessage',
  'message.*',
  'notification.*'
]

export const defaultMessageProperties: readonly string[] = [
  'message',
  'title',
  'description',
  'label',
  'text',
  'content',
  'body',
  'heading',
  'subtitle',
  'caption',
  'hint',
  'placeholder',
  'helperText',
  'tooltip',
  'defaultValue',
  'okText',
  'cancelText',
  'confirmText'
]

/**
 * Elements that continue a sentence: HTML phrasing elements that wrap words,
 * and components that render inline text (react-router's `Link`, i18next's
 * `Trans`, formatjs's `FormattedMessage`, `FormattedNumber` …). `code`,
 * `kbd`, `samp` and `var` continue it too, as a placeholder (see
 * inline-elements.ts); `br` reads as a space.
 */
export const defaultInlineElements: readonly string[] = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'Link',
  'NavLink',
  'Trans',
  'Formatted*'
]

export const defaultInternalCallees: readonly string[] = [
  'console.*',
  'logger.*',
  'log.*',
  'debug',
  'assert',
  'assert.*',
  'invariant',
  'warning',
  'describe',
  'describe.*',
  'it',
  'it.*',
  'test',
  'test.*',
  'expect',
  '**.getByTestId',
  '**.queryByTestId',
  '**.findByTestId',
  '**.querySelector',
  '**.querySelectorAll',
  '**.getElementById',
  '**.addEventListener',
  '**.removeEventListener',
  '**.setAttribute',
  '**.getAttribute',
  '**.createElement',
  'fetch',
  'require',
  'import',
  'Symbol',
  'Symbol.for'
]

const stringList = (description: string): JSONSchema.JSONSchema4 => ({
  type: 'array',
  description,
  items: {type: 'string', minLength: 1},
  uniqueItems: true
})

const detectionProperties: Record<string, JSONSchema.JSONSchema4> = {
  checkAllStrings: {
    type: 'boolean',
    description: 'Also lint every other string literal, except imports, object keys, logs, errors and strings that look like code.'
  },
  attributes: stringList('JSX attributes whose values people read; added to the defaults (title, alt, placeholder, aria-label …).'),
  callees: stringList('Functions whose string arguments are customer-facing, as dotted names with `*` for one segment (`toast.*`); added to the defaults.'),
  messageProperties: stringList('Properties that are customer-facing in objects passed to `callees`; added to the defaults.'),
  internalCallees: stringList('Functions whose string arguments are never customer-facing (`console.*`, `logger.*`); added to the defaults.'),
  inlineElements: stringList('JSX elements and components that sit inside a sentence, so text around and inside them is read as one (`b`, `a`, `Trans` …); added to the defaults.')
}

/** The options schema of one rule: the engine options from core's description (`terms` only where the rule takes terms). */
export function ruleSchema(rule: RuleInfo): JSONSchema.JSONSchema4[] {
  const engine = toJsonSchema(ruleOptionsFor(rule)) as {properties: Record<string, JSONSchema.JSONSchema4>}
  return [
    {
      type: 'object',
      additionalProperties: false,
      properties: {...detectionProperties, ...engine.properties}
    }
  ]
}
