/** Config forms, validation, --rule, --print-config, overrides and surfaces, --list-rules. */
import path from 'node:path'
import {rules} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import {brief, byFile, fixtures, runCli, runJson} from './run-cli.js'

const inDir = (name: string) => ({cwd: path.join(fixtures, name)})

describe('config', () => {
  it('finds counterside.config.json', () => {
    expect(brief(runJson(['.'], inDir('config-json')).results[0])).toEqual(['permission-gate@3:8-3:33'])
  })

  it('finds .countersiderc.yaml', () => {
    const {results} = runJson(['.'], inDir('config-rc-yaml'))
    expect(results[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([['sales-jargon', 2], ['permission-gate', 1]])
  })

  it('finds package.json#counterside', () => {
    expect(brief(runJson(['.'], inDir('config-package')).results[0])).toEqual(['permission-gate@3:8-3:33'])
  })

  it('finds counterside.config.mjs', () => {
    const {code, results} = runJson(['.'], inDir('config-js'))
    expect(code).toBe(0)
    expect(results[0]?.messages).toEqual([])
  })

  it('takes --config and --rule on top', () => {
    const {results} = runJson(['.', '--config', '../config-rc-yaml/.countersiderc.yaml', '--rule', 'sales-jargon:off'], inDir('config-json'))
    expect(results[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([['permission-gate', 1]])
  })

  it('names the file, the key and the valid choices on a bad config, exit 2', () => {
    const result = runCli(['.'], inDir('config-invalid'))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.countersiderc.json: invalid config at `rules.sales-jargon`: "loud" is not a severity; expected one of: off, warn, error')
  })

  it('rejects an unknown --rule id with the valid ids, exit 2', () => {
    const result = runCli(['formats/notice.txt', '--rule', 'upsell:off'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('unknown rule `upsell`; expected one of: ' + rules.map((rule) => rule.id).join(', '))
  })

  it('applies overrides by glob and by catalog key prefix, with named surfaces', () => {
    const {results} = runJson(['locales'], inDir('overrides'))
    expect(brief(byFile(results, 'cashier.json'))).toEqual([])
    expect(brief(byFile(results, 'display.json'))).toEqual(['sales-jargon@1:12-1:18 title', 'permission-gate@1:51-1:76 wait'])
    expect(brief(byFile(results, 'kiosk.json'))).toEqual(['sales-jargon@1:77-1:83 kiosk.customer.hint'])
  })

  it('prints the resolved config for a file', () => {
    const result = runCli(['--print-config', 'locales/en/cashier.json'], inDir('overrides'))
    expect(result.code).toBe(0)
    const config = JSON.parse(result.stdout) as {rules: Record<string, string>; sources: string[]}
    // Every rule, defaults included; the overrides' settings over them.
    expect(Object.keys(config.rules)).toEqual(rules.map((rule) => rule.id))
    expect(config.rules).toMatchObject({'sales-jargon': 'off', 'permission-gate': 'off', 'we-centered': 'error', shouting: 'warn'})
    expect(config.sources).toEqual(['counterside.config.json', 'counterside.config.json overrides[0] surface "staff"', 'counterside.config.json overrides[0]', 'counterside.config.json overrides[2]'])
  })

  it('lists every rule of the registry with its doc URL', () => {
    const result = runCli(['--list-rules'])
    expect(result.code).toBe(0)
    for (const rule of rules) {
      expect(result.stdout).toContain(rule.id)
      expect(result.stdout).toContain(rule.url)
      expect(result.stdout).toContain(rule.description)
    }
  })
})
