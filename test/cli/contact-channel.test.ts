/** Config `contact` and `channel`: the product's own way forward in dead-end and permission rewrites, per surface. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {byFile, runCli, runJson} from './run-cli.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-contact-'))
afterAll(() => fs.rmSync(root, {recursive: true, force: true}))

function project(config: unknown): string {
  const dir = fs.mkdtempSync(path.join(root, 'project-'))
  fs.writeFileSync(path.join(dir, 'package.json'), '{}')
  fs.writeFileSync(path.join(dir, '.countersiderc.json'), JSON.stringify(config))
  fs.mkdirSync(path.join(dir, 'web'))
  fs.writeFileSync(path.join(dir, 'till.txt'), 'Your card was declined.\n')
  fs.writeFileSync(path.join(dir, 'web', 'checkout.txt'), 'Your card was declined.\n')
  return dir
}

const messageOf = (results: Parameters<typeof byFile>[0], suffix: string): string => byFile(results, suffix)?.messages[0]?.message ?? ''

describe('contact and channel', () => {
  it('offers the counter in store and never on the web surface, each with its own contact', () => {
    const dir = project({
      contact: 'ask a team member',
      channel: 'in-store',
      surfaces: {web: {channel: 'online', contact: 'chat with us'}},
      overrides: [{files: ['web/**'], surface: 'web'}]
    })
    const {code, results} = runJson(['till.txt', 'web/checkout.txt'], {cwd: dir})
    expect(code).toBe(1)
    expect(messageOf(results, 'till.txt')).toContain('“Your card was declined. Try another card or payment method, or pay at the counter. To find out why, ask a team member.”')
    expect(messageOf(results, 'checkout.txt')).toContain('“Your card was declined. Try another card or payment method. To find out why, chat with us.”')
  })

  it('rejects a channel it does not know, naming the choices, exit 2', () => {
    const result = runCli(['till.txt'], {cwd: project({channel: 'web'})})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/`channel`.*in-store, online, phone/)
  })

  it('prints them in the resolved config', () => {
    const result = runCli(['--print-config', 'web/checkout.txt'], {cwd: project({channel: 'in-store', surfaces: {web: {channel: 'online'}}, overrides: [{files: ['web/**'], surface: 'web'}]})})
    expect(JSON.parse(result.stdout)).toMatchObject({channel: 'online'})
  })
})
