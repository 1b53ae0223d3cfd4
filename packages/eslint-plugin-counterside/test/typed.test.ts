/** With type information, strings typed as string-literal values are skipped. */
import {RuleTester} from '@typescript-eslint/rule-tester'
import {fileURLToPath} from 'node:url'
import plugin from '../src/index.js'
import './setup-rule-tester.js'

const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaFeatures: {jsx: true},
      project: './tsconfig.json',
      tsconfigRootDir: fileURLToPath(new URL('fixtures/typed/', import.meta.url))
    }
  },
  settings: {counterside: {checkAllStrings: true}}
})

ruleTester.run('type-aware skip', plugin.rules['sales-jargon'], {
  valid: [
    "declare function pick(mode: 'Upsell the pastries' | 'Skip'): void\npick('Upsell the pastries')",
    "type Props = {tone?: 'Upsell the pastries' | 'calm'}\nconst props: Props = {tone: 'Upsell the pastries'}",
    "enum Mode { Sell = 'Upsell the pastries' }\nlet mode: Mode = Mode.Sell"
  ],
  invalid: [
    {
      code: "declare function say(text: string): void\nsay('Upsell the pastries')",
      errors: [{messageId: 'finding', line: 2, column: 6, endLine: 2, endColumn: 12}]
    },
    {
      // A union with `string` still takes free text.
      code: "declare function say(text: 'Skip' | (string & {})): void\nsay('Upsell the pastries')",
      errors: [{messageId: 'finding', line: 2, column: 6, endLine: 2, endColumn: 12}]
    }
  ]
})
