export {lintText} from './lint-text.js'
export {ConfigError, defaultConfig, supportedLanguages, validateConfig, type Config, type RuleOptions, type RuleSetting, type RuleSeverity, type TermEntry} from './config.js'
export {rules, getRule, type FindingSeverity, type RuleId, type RuleInfo} from './registry.js'
export type {Finding, Suggestion} from './findings.js'
