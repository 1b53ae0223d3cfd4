/**
 * Rule toggles with a count per rule, and the minimum confidence slider.
 * Both feed the lint config (a rule off is `off`, as in a config file), so
 * the page shows what the CLI would with the same settings.
 */
import {rules} from '@counterside/core'
import type {LintMessage} from 'counterside/extract'
import {colourStyle} from './rule-colours.js'

export function renderRuleToggles(container: HTMLElement, disabled: ReadonlySet<string>, onToggle: (ruleId: string, enabled: boolean) => void): void {
  const items = rules.map((rule) => {
    const label = document.createElement('label')
    label.className = 'rule-toggle'
    label.dataset.rule = rule.id
    colourStyle(label, rule.id)
    label.title = rule.description
    const box = document.createElement('input')
    box.type = 'checkbox'
    box.checked = !disabled.has(rule.id)
    box.value = rule.id
    box.addEventListener('change', () => onToggle(rule.id, box.checked))
    const swatch = document.createElement('span')
    swatch.className = 'swatch'
    const name = document.createElement('span')
    name.className = 'rule-name'
    name.textContent = rule.id
    const count = document.createElement('span')
    count.className = 'rule-count'
    label.append(box, swatch, name, count)
    return label
  })
  container.replaceChildren(...items)
}

export function countByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of messages) if (message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
  return counts
}

export function updateRuleCounts(container: HTMLElement, counts: ReadonlyMap<string, number>, disabled: ReadonlySet<string>): void {
  for (const label of container.querySelectorAll<HTMLElement>('label.rule-toggle')) {
    const ruleId = label.dataset.rule!
    label.querySelector('.rule-count')!.textContent = disabled.has(ruleId) ? 'off' : String(counts.get(ruleId) ?? 0)
  }
}

/** For the live region: "3 findings: 2 we-centered, 1 shouting." */
export function summaryOf(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
  if (total === 0) return 'No findings.'
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([ruleId, count]) => `${count} ${ruleId}`)
  return `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}.`
}
