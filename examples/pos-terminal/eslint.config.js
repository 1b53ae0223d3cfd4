// Lints the POS screens' copy with counterside. The cashier panel is a staff
// surface: only the rules that still matter there apply to it.
import counterside from 'eslint-plugin-counterside'
import tseslint from 'typescript-eslint'

export default [
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {ecmaFeatures: {jsx: true}}
    }
  },
  {...counterside.configs.recommended, files: ['src/**/*.{ts,tsx}']},
  {
    settings: {
      counterside: {
        callees: ['showBanner'],
        surfaces: {
          customer: {components: ['CustomerDisplay', 'Receipt']},
          staff: {components: ['CashierPanel'], files: ['src/staff/**']}
        }
      }
    }
  }
]
