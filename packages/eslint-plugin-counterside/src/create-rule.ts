/**
 * The rule factory: binds every rule's docs URL to the registry's page for it.
 *
 * Not `ESLintUtils.RuleCreator`: its `create` runs `applyDefault` (a
 * `structuredClone` and deep merge) for every rule on every file, and these
 * rules read the raw options object anyway (its identity keys the caches).
 */
import {getRule} from '@counterside/core'
import type {TSESLint} from '@typescript-eslint/utils'

export interface CountersideDocs {
  /** The engine rule's severity in `configs.recommended`. */
  readonly defaultSeverity: 'error' | 'warning'
}

type Meta<MessageIds extends string, Options extends readonly unknown[]> = Omit<TSESLint.RuleMetaData<MessageIds, CountersideDocs, Options>, 'docs'> & {
  readonly docs: CountersideDocs & Omit<TSESLint.RuleMetaDataDocs, 'url'>
}

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string
  readonly meta: Meta<MessageIds, Options>
  readonly defaultOptions: Options
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => TSESLint.RuleListener
}

export type Rule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModuleWithMetaDocs<MessageIds, Options, CountersideDocs> & {
  readonly name: string
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  create
}: RuleDefinition<Options, MessageIds>): Rule<Options, MessageIds> {
  return {
    name,
    meta: {...meta, docs: {...meta.docs, url: getRule(name)?.url ?? ''}},
    defaultOptions,
    create
  }
}
