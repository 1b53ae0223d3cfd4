/**
 * eslint-plugin-counterside: lint the UI strings customers read for copy
 * that centres the seller.
 *
 * ```js
 * import counterside from 'eslint-plugin-counterside'
 * export default [counterside.configs.recommended]
 * ```
 */
import {createConfigs, type Configs} from './configs.js'
import {packageMeta} from './package-meta.js'
import {rules} from './rules.js'

export type {DetectionOptions, RuleOptions, Settings, SurfaceList, Surfaces} from './options.js'
export type {Options, MessageIds} from './rule-for.js'
export type {Configs, CountersideConfig} from './configs.js'
export {staffSurfaceRules} from './staff-surface-rules.js'

interface Plugin {
  readonly meta: typeof packageMeta
  readonly rules: typeof rules
  readonly configs: Configs
}

// Configs refer back to this object, so `plugins.counterside` is the object users import.
const configs = {} as Configs
const plugin: Plugin = {meta: packageMeta, rules, configs}
Object.assign(configs, createConfigs(plugin))

export default plugin
