/** Every rule, in documentation order. Front ends read this list; nothing else lists rules. */
import type {Rule} from './rule.js'
import {rule as sellerCelebration} from './rules/seller-celebration.js'
import {rule as salesJargon} from './rules/sales-jargon.js'
import {rule as weCentered} from './rules/we-centered.js'
import {rule as exposedInternals} from './rules/exposed-internals.js'
import {rule as customerBlame} from './rules/customer-blame.js'
import {rule as permissionGate} from './rules/permission-gate.js'
import {rule as steppingAway} from './rules/stepping-away.js'
import {rule as pressureSelling} from './rules/pressure-selling.js'
import {rule as deadEndError} from './rules/dead-end-error.js'
import {rule as shouting} from './rules/shouting.js'

export const ruleList: readonly Rule[] = [
  sellerCelebration,
  salesJargon,
  weCentered,
  exposedInternals,
  customerBlame,
  permissionGate,
  steppingAway,
  pressureSelling,
  deadEndError,
  shouting
]

export const ruleIds = [
  'seller-celebration',
  'sales-jargon',
  'we-centered',
  'exposed-internals',
  'customer-blame',
  'permission-gate',
  'stepping-away',
  'pressure-selling',
  'dead-end-error',
  'shouting'
] as const

export type RuleId = (typeof ruleIds)[number]

const docsBase = 'https://github.com/counterside/counterside/blob/main/docs/rules/'

export function docsUrl(id: string): string {
  return `${docsBase}${id}.md`
}
