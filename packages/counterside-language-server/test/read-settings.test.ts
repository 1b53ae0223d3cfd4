/** The settings as each kind of client sends them: flat or under `counterside`, in layers, with values that cannot be used. */
import {describe, expect, it} from 'vitest'
import {readSettings} from '../src/settings.js'

describe('readSettings', () => {
  it('reads the settings flat (VS Code\'s and Helix\'s initialization options) or nested under counterside (a pushed section)', () => {
    expect(readSettings({enable: false, minConfidence: 0.8, configPath: 'a.json'}).settings).toEqual({enable: false, minConfidence: 0.8, configPath: 'a.json'})
    expect(readSettings({counterside: {minConfidence: 0.8}}).settings).toEqual({enable: true, minConfidence: 0.8})
  })

  it('lets a later source win setting by setting; one that answers nothing (Helix\'s null) keeps the earlier', () => {
    expect(readSettings({minConfidence: 0.8, configPath: 'a.json'}, {counterside: {minConfidence: null}}, null).settings).toEqual({enable: true, minConfidence: undefined, configPath: 'a.json'})
    expect(readSettings({configPath: 'a.json'}, {configPath: ''}).settings.configPath).toBeUndefined()
  })

  it('uses the default for a value it cannot use, and says which setting and why', () => {
    const read = readSettings({minConfidence: 0.8}, {enable: 'yes', minConfidence: 1.5, configPath: 3})
    expect(read.settings).toEqual({enable: true, minConfidence: undefined, configPath: undefined})
    expect(read.problems).toHaveLength(3)
    expect(read.problems[0]).toMatch(/^counterside\.enable: /)
    expect(read.problems[1]).toMatch(/counterside\.minConfidence setting.*the config's minConfidence applies$/)
    expect(read.problems[2]).toMatch(/^counterside\.configPath: /)
  })
})
