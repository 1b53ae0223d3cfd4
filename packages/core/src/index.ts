export {lintText, type LintOptions} from './lint-text.js'
/** The placeholder grammar `placeholders: 'values'` reads, for front ends that must find the same placeholders (an ICU parser, a language sample). */
export {maskNonIcuPlaceholders, maskPlaceholders} from 'retext-counterside'
export {
  ConfigError,
  configField,
  configProperties,
  defaultConfig,
  defaultSeverityOf,
  ruleOptionsField,
  ruleOptionsFor,
  severityField,
  supportedLanguages,
  termField,
  validateConfig,
  type Config,
  type ConfigInput,
  type RuleOptions,
  type RuleSetting,
  type RuleSeverity,
  type RuleSeverityInput,
  type TermEntry
} from './config.js'
export {defaultsOf, type Field, type Infer, type ObjectField} from './config-schema.js'
export {validateField} from './config-validate.js'
export {toJsonSchema, type JsonSchema} from './config-json-schema.js'
export {rules, getRule, type FindingSeverity, type RuleId, type RuleInfo} from './registry.js'
export type {FailureKind, Finding, Suggestion} from './findings.js'
export {pointAt} from './findings.js'
/** The rules that can produce a suggestion (ESLint's `hasSuggestions`). */
export {suggestingRules} from 'retext-counterside'
export {
  applyDirectives,
  parseDirective,
  type Directive,
  type DirectiveKind,
  type DirectiveOutcome,
  type DirectivePlace,
  type DirectiveProblem,
  type Located
} from './directives.js'
export {detectLanguage, type DetectedLanguage} from './language.js'
export {perspectiveOf, PerspectiveTally, sellerCentredRules, type Perspective, type PlacedFinding} from './perspective.js'
export {noticeColour, ruleColour, ruleColours, type RuleColour} from './rule-colours.js'
