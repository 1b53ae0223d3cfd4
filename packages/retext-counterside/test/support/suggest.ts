import type {Options} from '../../src/index.js'
import {messages} from './lint.js'

/** The text with each suggestion of `ruleId`'s first finding applied, best first. */
export function applied(text: string, ruleId: string, options?: Options): string[] {
  const message = messages(text, options).find((item) => item.ruleId === ruleId)
  return (message?.suggestions ?? []).map((item) => `${text.slice(0, item.offset)}${item.text}${text.slice(item.endOffset)}`)
}

/** The first finding of `ruleId`. */
export function finding(text: string, ruleId: string, options?: Options) {
  return messages(text, options).find((item) => item.ruleId === ruleId)
}
