import {artifactGroups, mayHaveArtifact} from '../features/artifacts.js'
import {offersNextStep} from '../features/next-step.js'
import {PhraseTable, type PhraseEntry} from '../phrase-table.js'
import {failureClasses, failures, notFailures} from '../phrases/dead-end-error.js'
import {withoutCancelled} from '../cooccurrence.js'
import type {Rule} from '../rule.js'
import {spanBetween, spanOfText, type ParagraphView, type SentenceView, type Span, type WordToken} from '../views.js'

const table = new PhraseTable('dead-end-error', failures, failureClasses)
const cancels = new PhraseTable('dead-end-error not failures', notFailures, failureClasses)
const failureEntry = failures[0]!
const sureFailure = 0.9
const maximumLabelWords = 2

// Opening the failure's clause, these make it a condition (“Applies when the
// camera is unavailable”, “If your card is declined, …”), not a report.
const conditions = new Set(['if', 'when', 'whenever', 'unless', 'once', 'before', 'after', 'until'])

function isCondition(sentence: SentenceView, first: WordToken): boolean {
  for (let index = first.index - 1; index >= 0; index--) {
    const word = sentence.words[index]!
    if (conditions.has(word.norm)) return true
    if (word.afterMark) return false
  }

  return false
}

// “Upload failed”, “Card declined”: a thing, then the failure word alone (not
// “Not available”, “Session expired”, a label whose failure is both words,
// nor “Show errors”, a setting naming errors).
function namesWhatFailed(sentence: SentenceView, first: WordToken | undefined): boolean {
  const [thing, failed] = sentence.words
  return first !== undefined && failed !== undefined && first.index === 1 && thing!.norm !== 'not' && !thing!.isNumber && failed.norm !== 'errors' && !failed.afterMark
}

// An error constant alone (“ERR_SYNC_409”) is the code's name for what broke; a status
// still waiting (“Refund status: ERR_SYNC (pending)”) is not a failure yet.
// Beside it, the other raw shapes a failure leaks in: a constant naming the failure
// (“KYC_FAIL_07”, “GATE_CTRL_TIMEOUT”), an exception's class name with nothing around it
// (“SlotCapacityExceededException”), a stack frame written without a space
// (“at Rota.assign(Rota.java:12)”) and a “Fatal:” line.
const errorConstant = new RegExp(
  [
    String.raw`\bERR_[A-Z\d]{2,30}(?:_[A-Za-z\d]{1,30}){0,6}\b`,
    String.raw`\b(?:[A-Z][A-Z\d]{1,30}_){1,6}(?:FAIL|FAILED|FAILURE|ERROR|TIMEOUT|DENIED|INVALID|REJECTED|EXCEEDED|REQUIRED|ABORTED|DECLINED)(?:_[A-Z\d]{1,30}){0,6}\b`,
    String.raw`\b(?:FAIL|FAILED|FAILURE|ERROR|TIMEOUT|DENIED|INVALID|REJECTED)(?:_[A-Z\d]{1,30}){1,6}\b`,
    String.raw`\b[A-Z][a-z]+(?:[A-Z][a-z]+){1,8}Exception\b`,
    String.raw`\bat [\w$]{1,80}(?:\.[\w$]{1,80}){1,6}\([\w./-]{1,120}:\d{1,6}(?::\d{1,6})?\)`,
    String.raw`(?:^|\n)\s*(?:Fatal|FATAL):`
  ].join('|')
)
const stillPending = /\b(?:pending|queued|retrying)(?:\b|_)/i
const hasErrorConstant = (text: string): boolean => errorConstant.test(text)

// A message of a few words that is only the failure, ended as a sentence (“Card reader
// offline.”, “Your booking was not found.”), is a dead end however the scorer reads it:
// the scorer reads short texts poorly, and a title or a status label has no full stop.
const shortMessage = {fewest: 3, most: 4}
const sureEntries = new WeakMap<PhraseEntry, PhraseEntry>()
function sure(entry: PhraseEntry): PhraseEntry {
  let copy = sureEntries.get(entry)
  if (!copy) {
    copy = {...entry, confidence: sureFailure}
    sureEntries.set(entry, copy)
  }

  return copy
}

function isShortMessage(paragraph: ParagraphView): boolean {
  if (paragraph.sentences.length !== 1) return false
  const count = paragraph.sentences[0]!.words.length
  return count >= shortMessage.fewest && count <= shortMessage.most && /[.!]\s*$/.test(paragraph.text)
}

// A question asks (“Can’t find your order?”, “Why was my card declined?”): help text, not a report.
// A question after a dash is a guess tacked on (“Code not accepted — did you type it right?”):
// the failure before the dash is still reported.
const isQuestion = (sentence: SentenceView): boolean => /\?\s*$/.test(sentence.text)
const dash = /[—–]|\s-\s/
function askedAbout(sentence: SentenceView, last: WordToken): boolean {
  const after = sentence.childStarts[last.childIndex + 1] ?? sentence.text.length
  return isQuestion(sentence) && !dash.test(sentence.text.slice(after))
}

export const rule: Rule = {
  meta: {
    id: 'dead-end-error',
    description: 'A failure with no next step and no way to reach a person (“Transaction failed.”, “Error 4012.”)',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” is a dead end`,
    advice: 'Add what the customer can do next, or how to reach a person',
    acceptsTerms: true
  },
  triggers: {phrases: table.triggers(), shapes: [mayHaveArtifact, hasErrorConstant]},
  tables: [table, cancels],
  check(context) {
    const paragraph = context.paragraph
    // A leaked error (“Error 4012”, “TypeError: …”) names the failure best.
    const leak = artifactGroups(paragraph).find((group) => group.kind === 'error')
    const constant = leak || stillPending.test(paragraph.text) ? undefined : errorConstant.exec(paragraph.text)
    const leakSpan = leak ? spanOfText(paragraph, leak.from, leak.to) : constant ? spanOfText(paragraph, constant.index, constant.index + constant[0].length) : undefined
    let failure: {span: Span; entry: PhraseEntry; first?: WordToken} | undefined = leakSpan ? {span: leakSpan, entry: failureEntry} : undefined
    for (const sentence of paragraph.sentences) {
      if (failure) break
      const found = table.find(sentence)
      if (found.length === 0) continue
      const match = withoutCancelled(found, cancels.find(sentence)).find((candidate) => !isCondition(sentence, candidate.first) && !askedAbout(sentence, candidate.last))
      if (match) failure = {span: spanBetween(sentence, match.first, match.last), entry: match.entry, first: match.first}
    }

    // One or two words without a full stop (“Failed”, “Not available”) are a
    // status label or a table cell, not a message; an error code (“Error 500”) is not a label.
    // Two words naming what failed (“Upload failed”, “Card declined”) are the message itself.
    if (failure && !leakSpan && paragraph.sentences.length === 1 && paragraph.sentences[0]!.words.length <= maximumLabelWords && !/[.!]\s*$/.test(paragraph.text)) {
      if (!namesWhatFailed(paragraph.sentences[0]!, failure.first)) return
    }

    // Only the failure and no way forward: one finding per paragraph is enough.
    if (failure && !offersNextStep(paragraph)) context.report(isShortMessage(paragraph) ? {span: failure.span, entry: sure(failure.entry)} : failure)
  }
}
