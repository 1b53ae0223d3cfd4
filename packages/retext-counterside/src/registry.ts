/** Every rule, in documentation order. Front ends read this list; nothing else lists rules (but their ids, in `rule-ids.ts`). */
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

export {docsUrl, ruleIds, type RuleId} from './rule-ids.js'
