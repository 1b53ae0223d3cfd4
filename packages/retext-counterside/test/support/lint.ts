import {expect, it} from 'vitest'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextCounterside, {type Options} from '../../src/index.js'

export interface Reported {
  readonly ruleId: string | undefined
  readonly actual: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  readonly endLine: number | undefined
  readonly endColumn: number | undefined
}

/**
 * Run the plugin over `text` and return its messages. Rule tests check the
 * rule's own logic, so the learned layer is off unless `options` turn it on
 * (it has tests of its own: `learned.test.ts`).
 */
export function messages(text: string, options?: Options) {
  const processor = unified().use(retextEnglish).use(retextCounterside, {learned: false, ...options})
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages
}

/** Where and what a rule reported, for compact assertions. */
export function reported(text: string, ruleId?: string, options?: Options): Reported[] {
  return messages(text, options)
    .filter((message) => ruleId === undefined || message.ruleId === ruleId)
    .map((message) => ({
      ruleId: message.ruleId,
      actual: message.actual,
      line: message.place && 'start' in message.place ? message.place.start.line : undefined,
      column: message.place && 'start' in message.place ? message.place.start.column : undefined,
      endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined
    }))
}

/** The flagged words of one rule. */
export function flagged(text: string, ruleId: string, options?: Options): Array<string | undefined> {
  return reported(text, ruleId, options).map((item) => item.actual)
}

/**
 * One test per case: `[text, actual, column]`, a one-line text on which the
 * rule reports exactly the words `actual` starting at `column`. By default
 * the first finding of the rule is checked; `only` requires it to be the
 * only one.
 */
export function flagsEach(ruleId: string, cases: ReadonlyArray<readonly [string, string, number]>, {only = false} = {}): void {
  it.each(cases)('flags %j', (text, actual, column) => {
    const expected = {ruleId, actual, line: 1, column, endLine: 1, endColumn: column + actual.length}
    const found = reported(text, ruleId)
    expect(only ? found : found[0]).toEqual(only ? [expected] : expected)
  })
}

/** One test per text on which the rule must stay silent. */
export function passesEach(ruleId: string, texts: readonly string[]): void {
  it.each(texts)('passes %j', (text) => {
    expect(flagged(text, ruleId)).toEqual([])
  })
}
