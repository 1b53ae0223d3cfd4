import {describe, expect, it} from 'vitest'
import {findArtifacts} from '../src/features/artifacts.js'
import {flagged} from './support/lint.js'
import {applied} from './support/suggest.js'

const rule = 'exposed-internals'

/** The artifacts' texts in `text`. */
function found(text: string): string[] {
  return findArtifacts(text).map((artifact) => text.slice(artifact.from, artifact.to))
}

// One recogniser of a name's note in brackets: the phrase layer finds it, the rewrite fills it.
describe('a bracketed name note, found once in any case', () => {
  it.each([
    ['Dear [Customer Name], thanks for your order.', '[Customer Name]'],
    ['Dear [CUSTOMER NAME], thanks for your order.', '[CUSTOMER NAME]'],
    ['Hi [First name], your room is ready.', '[First name]'],
    ['Hello [customer’s name], your glasses are in.', '[customer’s name]'],
    ['Hi [Insert name here], welcome aboard.', '[Insert name here]'],
    ['Kind regards, [Agent Name]', '[Agent Name]'],
    ['Hi [NAME], your appointment is confirmed.', '[NAME]']
  ])('%j holds %j', (text, note) => {
    expect(found(text)).toEqual([note])
    expect(flagged(text, rule)).toContain(note)
  })

  it.each(['Read [event.target.name] on change.', 'Pass [name: string] to the helper.', 'Set [`name`] in the config.', 'Clone [repo-name] first.'])('finds no name note in code %j', (text) => {
    expect(found(text).filter((item) => /name/iu.test(item))).toEqual([])
  })
})

describe('rewrites: a bracketed name note given its fallback', () => {
  it.each([
    ['Dear [CUSTOMER NAME], your glasses are ready to collect.', 'Hello, your glasses are ready to collect.'],
    ['Dear [Customer’s name], your glasses are ready to collect.', 'Hello, your glasses are ready to collect.'],
    ['Hi [First name], your table is ready.', 'Hi there, your table is ready.'],
    ['Thanks for your payment, [customer name].', 'Thanks for your payment.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })
})
