/**
 * The rules that still apply on staff surfaces (a cashier's panel, a
 * back-office screen). The rest judge words customers must not see —
 * sales vocabulary, sales targets, error codes, manager approval, “be right
 * back” — and staff need exactly those words to do their job.
 *
 * These four stay because they hurt whoever reads them:
 * - customer-blame: staff repeat it to the customer (“Customer entered the wrong PIN”).
 * - dead-end-error: a failure with no next step strands the cashier and the queue.
 * - pressure-selling: scripts on staff screens are read aloud to customers.
 * - shouting: capitals and “!!!” are harder to read for anyone.
 */
import {getRule, type RuleId} from '@counterside/core'

export const staffSurfaceRules: ReadonlySet<RuleId> = new Set(
  (['customer-blame', 'dead-end-error', 'pressure-selling', 'shouting'] as const).filter((id) => getRule(id) !== undefined)
)
