/**
 * The plugin through ESLint's Linter: espree for .js/.jsx, ESLint 9 and 10,
 * the flat configs, settings validation, and one engine run per string.
 */
import * as core from '@counterside/core'
import tsParser from '@typescript-eslint/parser'
import {Linter as Linter10} from 'eslint'
import {Linter as Linter9} from 'eslint9'
import {describe, expect, it, vi} from 'vitest'

const lintText = vi.hoisted(() => ({calls: [] as string[]}))
vi.mock('@counterside/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>()
  return {
    ...actual,
    lintText: (text: string, config?: core.Config) => {
      lintText.calls.push(text)
      return actual.lintText(text, config)
    }
  }
})

const {default: plugin} = await import('../src/index.js')

const jsx = `const screen = <div>
  <p>Please wait for manager approval</p>
  <button title="CONGRATULATIONS ON ANOTHER GREAT DEAL" className="btn-primary">Pay</button>
</div>
`

function findings(messages: Linter10.LintMessage[]): string[] {
  return messages.map((message) => `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`)
}

const expected = [
  'counterside/permission-gate 2:13-2:38',
  'counterside/seller-celebration 3:18-3:55',
  'counterside/shouting 3:18-3:55'
]

describe.each([
  ['ESLint 10', Linter10],
  ['ESLint 9', Linter9 as unknown as typeof Linter10]
])('%s', (_name, Linter) => {
  it('lints .jsx with espree (the default parser)', () => {
    const linter = new Linter()
    const messages = linter.verify(jsx, [
      {files: ['**/*.jsx'], languageOptions: {parserOptions: {ecmaFeatures: {jsx: true}}}},
      {...plugin.configs.recommended, files: ['**/*.jsx']}
    ] as Linter10.Config[], 'screen.jsx')
    expect(findings(messages)).toEqual(expected)
  })

  it('lints .tsx with the typescript-eslint parser', () => {
    const linter = new Linter()
    const messages = linter.verify(jsx, [{...plugin.configs.strict, files: ['**/*.tsx'], languageOptions: {parser: tsParser}}] as Linter10.Config[], 'screen.tsx')
    expect(findings(messages)).toEqual(expected)
    expect(messages.every((message) => message.severity === 2)).toBe(true)
  })
})

describe('configs', () => {
  it('recommended uses the registry severities, strict makes every rule an error', () => {
    for (const rule of core.rules) {
      expect(plugin.configs.recommended.rules?.[`counterside/${rule.id}`]).toBe(rule.defaultSeverity === 'error' ? 'error' : 'warn')
      expect(plugin.configs.strict.rules?.[`counterside/${rule.id}`]).toBe('error')
      expect(plugin.configs.all.rules?.[`counterside/${rule.id}`]).toBe('error')
    }

    expect(plugin.configs.recommended.plugins?.counterside).toBe(plugin)
    expect(plugin.configs.all.settings).toEqual({counterside: {checkAllStrings: true}})
    expect(plugin.meta).toEqual({name: 'eslint-plugin-counterside', version: expect.stringMatching(/^\d+\.\d+\.\d+/)})
  })
})

describe('per-file cache', () => {
  it('runs the engine once per string, whatever the number of rules', () => {
    lintText.calls.length = 0
    const linter = new Linter10()
    linter.verify(jsx, [{...plugin.configs.all, files: ['**/*.jsx'], languageOptions: {parserOptions: {ecmaFeatures: {jsx: true}}}}] as Linter10.Config[], 'screen.jsx')
    expect(lintText.calls.sort()).toEqual(['CONGRATULATIONS ON ANOTHER GREAT DEAL', 'Pay', 'Please wait for manager approval'])
  })

  it('reads text through inline elements once, from the outermost element, not again for each inline child', () => {
    lintText.calls.length = 0
    const linter = new Linter10()
    const code = `const screen = <div>
  <p>Please wait for <b>manager</b> <a href="/help"><em>approval</em></a>.</p>
  <p>Then <Trans>pay <strong>now</strong></Trans>.</p>
</div>
`
    const messages = linter.verify(code, [{...plugin.configs.all, files: ['**/*.jsx'], languageOptions: {parserOptions: {ecmaFeatures: {jsx: true}}}}] as Linter10.Config[], 'screen.jsx')
    expect(findings(messages)).toEqual(['counterside/permission-gate 2:13-2:65'])
    expect(lintText.calls.sort()).toEqual(['Please wait for manager approval.', 'Then pay now.'])
  })
})

describe('settings', () => {
  it('rejects an unknown key, naming it', () => {
    const linter = new Linter10()
    const run = () =>
      linter.verify('const a = 1', [{...plugin.configs.recommended, files: ['**/*.js'], settings: {counterside: {checkAllString: true}}}] as Linter10.Config[], 'a.js')
    expect(run).toThrow(/settings\.counterside\.checkAllString`: unknown key/)
  })
})
