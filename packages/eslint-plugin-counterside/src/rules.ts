/** Every ESLint rule, one per engine rule in the registry. */
import {rules as registry} from '@counterside/core'
import {ruleFor} from './rule-for.js'

export const rules = Object.fromEntries(registry.map((info) => [info.id, ruleFor(info)])) as Record<
  (typeof registry)[number]['id'],
  ReturnType<typeof ruleFor>
>
