/** Wires @typescript-eslint/rule-tester to vitest. */
import {RuleTester} from '@typescript-eslint/rule-tester'
import {afterAll, describe, it} from 'vitest'

RuleTester.afterAll = afterAll
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

/** A tester for .tsx files with the typescript-eslint parser. */
export function tsxTester(settings: Record<string, unknown> = {}): RuleTester {
  return new RuleTester({
    languageOptions: {parserOptions: {ecmaFeatures: {jsx: true}}},
    settings
  })
}
