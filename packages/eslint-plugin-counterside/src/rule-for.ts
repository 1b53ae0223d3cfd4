/**
 * One ESLint rule for one engine rule, generated from the registry entry.
 * The rule visits the nodes that can hold copy, reads the shared per-file
 * analysis, and reports only its own engine rule's findings.
 */
import type {RuleInfo} from '@counterside/core'
import type {TSESTree} from '@typescript-eslint/utils'
import {createRule} from './create-rule.js'
import {resolveDetection} from './detection.js'
import {engineConfigFor} from './engine-config.js'
import {fileAnalysis} from './file-analysis.js'
import {ruleSchema, type RuleOptions} from './options.js'
import {readSettings} from './read-settings.js'
import {reportFinding, type MessageIds} from './report-finding.js'
import {staffSurfaceRules} from './staff-surface-rules.js'

export type Options = [RuleOptions]
export type {MessageIds}

// Shared so options left out resolve to one cached detection.
const noOptions: RuleOptions = {}

export function ruleFor(info: RuleInfo) {
  return createRule<Options, MessageIds>({
    name: info.id,
    meta: {
      type: 'suggestion',
      docs: {description: info.description, defaultSeverity: info.defaultSeverity},
      hasSuggestions: true,
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
      const settings = readSettings(context.settings)
      const detection = resolveDetection(settings, options)
      const config = engineConfigFor(settings, info.id, options)
      const analysis = fileAnalysis(context, detection)
      const onStaffSurfaces = staffSurfaceRules.has(info.id)

      const check = (node: TSESTree.Node): void => {
        for (const copy of analysis.unitsAt(node)) {
          if (copy.surface === 'staff' && !onStaffSurfaces) continue
          for (const finding of analysis.findings(copy, config)) {
            if (finding.ruleId === info.id) reportFinding(context, copy.unit, finding)
          }
        }
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
