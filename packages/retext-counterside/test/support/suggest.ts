import {lintText} from '@counterside/core'
import type {Options} from '../../src/index.js'
import {rewritesFor, type WayForward} from '../../src/rewrites/index.js'
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

/** `text` with each template rewrite of `ruleId` applied, read as one finding over [start, end) (the whole text unless given). */
export function templateRewrites(text: string, ruleId: string, {start = 0, end = text.length, way = {}}: {start?: number; end?: number; way?: WayForward} = {}): string[] {
  return rewritesFor({ruleId, text, start, end, way}).map((rewrite) => `${text.slice(0, rewrite.offset)}${rewrite.text}${text.slice(rewrite.endOffset)}`)
}

/** What the full `lintText` (learned layer on) finds in `rewritten`: of `ruleId`, or of a rule that did not fire on `text`. */
export function findingsLeft(text: string, rewritten: string, ruleId: string): string[] {
  const before = new Set(lintText(text).map((finding) => finding.ruleId))
  return lintText(rewritten).map((finding) => finding.ruleId).filter((id) => id === ruleId || !before.has(id))
}
