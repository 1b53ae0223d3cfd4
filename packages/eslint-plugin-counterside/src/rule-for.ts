/**
 * One ESLint rule for one engine rule, generated from the registry entry.
 * The first rule created for a file visits the nodes that can hold copy and
 * fills the shared per-file analysis; the others read it on `Program:exit`.
 * Each reports only its own engine rule's findings.
 */
import {suggestingRules, type Config, type RuleInfo} from '@counterside/core'
import type {TSESTree} from '@typescript-eslint/utils'
import {createRule} from './create-rule.js'
import {resolveDetection, type Detection} from './detection.js'
import {engineConfigFor} from './engine-config.js'
import {fileAnalysis, type CopyUnit} from './file-analysis.js'
import {ruleSchema, type RuleOptions} from './options.js'
import {readSettings} from './read-settings.js'
import {reportFinding, type MessageIds} from './report-finding.js'
import {staffSurfaceRules} from './staff-surface-rules.js'

export type Options = [RuleOptions]
export type {MessageIds}

// Shared so options left out resolve to one cached detection.
const noOptions: RuleOptions = {}

interface Resolved {
  readonly rawSettings: unknown
  readonly options: RuleOptions
  readonly detection: Detection
  readonly config: Config
}

export function ruleFor(info: RuleInfo) {
  const onStaffSurfaces = staffSurfaceRules.has(info.id)
  const suggests = suggestingRules.has(info.id)
  let last: Resolved | undefined
  return createRule<Options, MessageIds>({
    name: info.id,
    meta: {
      type: 'suggestion',
      docs: {description: info.description, defaultSeverity: info.defaultSeverity},
      hasSuggestions: suggests,
      messages: {
        finding: '{{message}}',
        replace: '{{desc}}'
      },
      schema: ruleSchema(info)
    },
    defaultOptions: [{}],
    create(context) {
      // The raw options object, not the defaulted copy: its identity keys the caches.
      const options = (context.options[0] as RuleOptions | undefined) ?? noOptions
      // `create` runs for every rule on every file, and nearly every file has the same settings and options.
      const rawSettings = context.settings.counterside
      if (!last || last.rawSettings !== rawSettings || last.options !== options) {
        const settings = readSettings(context.settings)
        last = {rawSettings, options, detection: resolveDetection(settings, options), config: engineConfigFor(settings, info.id, options)}
      }

      const {detection, config} = last
      const analysis = fileAnalysis(context, detection)

      const report = (copy: CopyUnit): void => {
        if (copy.surface === 'staff' && !onStaffSurfaces) return
        for (const finding of analysis.findings(copy, config)) {
          if (finding.ruleId === info.id) reportFinding(context, copy.unit, finding, suggests)
        }
      }

      if (!analysis.claimCollection()) {
        return {
          'Program:exit'(): void {
            for (const copy of analysis.copies) report(copy)
          }
        }
      }

      const check = (node: TSESTree.Node): void => {
        for (const copy of analysis.unitsAt(node)) report(copy)
      }

      return {
        Literal: check,
        TemplateLiteral: check,
        BinaryExpression: check,
        JSXElement: check,
        JSXFragment: check
      }
    }
  })
}
