/** The rule factory: binds every rule's docs URL to the registry's page for it. */
import {getRule} from '@counterside/core'
import {ESLintUtils} from '@typescript-eslint/utils'

export interface CountersideDocs {
  /** The engine rule's severity in `configs.recommended`. */
  readonly defaultSeverity: 'error' | 'warning'
}

export const createRule = ESLintUtils.RuleCreator<CountersideDocs>((name) => getRule(name)?.url ?? '')
