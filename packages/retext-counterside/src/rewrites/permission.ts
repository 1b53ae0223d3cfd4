/**
 * Permission gates: “Please wait for manager approval (before we finish
 * your return)” → “A team member will finish your return for you”. What
 * the customer gets, not who must allow it.
 */
import {capitalise, lowerFirst} from './grammar.js'
import {keepsContentNouns} from './content-nouns.js'
import {phraseAfter} from './noun-phrase.js'
import {sentenceAround} from './sentence.js'
import type {Rewrite, TemplateFamily} from './types.js'

// Whose sign-off the sentence waits on: never the thing to finish (“your branch manager”).
const authorityWords = [
  'manager', 'supervisor', 'lead', 'leader', 'head', 'office', 'director', 'committee', 'board', 'panel',
  'department', 'team', 'boss', 'owner', 'officer', 'agent', 'colleague', 'staff', 'underwriter', 'adjuster',
  'approver', 'keyholder', 'administrator', 'admin', 'hq', 'gm', 'corporate', 'compliance', 'finance',
  'legal', 'ops', 'control', 'ok', 'okay', 'approval', 'sign-off', 'authori[sz]ation', 'permission'
]
const authority = new RegExp(String.raw`\b(?:${authorityWords.join('|')})(?:s|['’]s)?\b`, 'i')
const thingOpeners = /\b(?:your|this|the)\s+/giu
// “I can't <change> <your seat> myself”: the verb the staff member could not do, and its object.
const blockedAction = /\b(?:to|can['’]t|cannot|can not|before (?:we|i) (?:can )?)\s+(\p{Ll}{3,})\s+(?:you\s+)?(?=(?:your|that|this|the|these|those)\s)/giu
const vagueVerbs = new Set(['be', 'get', 'have', 'say', 'see', 'check', 'ask', 'let', 'make', 'help', 'tell', 'wait', 'go', 'run', 'put', 'take', 'give', 'need', 'keep', 'hold'])
// “<Price override> pending supervisor sign-off”, “<Refunds> need a manager's approval”: the subject, waiting.
// The pieces in order: the wait, whose, who, and what they would give.
const onlyWaiting = new RegExp([
  String.raw`^(?:please\s+)?(?:wait|hold on|hang on|bear with us)(?:\s+here)?\s+(?:for|while|until)\s+`,
  String.raw`(?:a|an|the|your|my)?\s*(?:[\p{L}-]+\s+){0,2}`,
  String.raw`(?:manager|supervisor|team lead|team leader|shift lead|keyholder)(?:['’]s)?`,
  String.raw`(?:\s+(?:approval|authori[sz]ation|sign-off|override|ok|okay|to approve(?: this| it)?|key|code))?$`
].join(''), 'iu')
const waits = /^\s*(?:requires?|needs?|pending|awaiting|waiting|has to|have to|must|go(?:es)? to|locked|required|[:—–-])/iu

export const permission: TemplateFamily = {
  ruleId: 'permission-gate',
  shapes: [
    {shape: 'Please wait for (manager|supervisor) approval', rewrite: 'A team member will finish this for you', example: 'Please wait for manager approval.'},
    {shape: '… your <thing> … (manager|supervisor|head office) approval …', rewrite: 'A team member will finish your <thing> for you', example: 'Your refund needs manager approval.'},
    {shape: 'the same, online or by phone', rewrite: 'We’ll finish <thing> for you', example: 'This exchange requires supervisor approval.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    const to = sentence.start + sentence.body.length
    const action = actionOf(input.text, sentence.start, to) ?? objectOf(input.text, sentence.start, to)
    if (!action) return []
    const {verb, object} = action
    const who = input.way.channel === 'online' || input.way.channel === 'phone' ? 'We’ll' : 'A team member will'
    const ask = input.way.contact ? ` Questions? ${capitalise(input.way.contact)}.` : ''
    const close = sentence.close === '' || /[?]/.test(sentence.close) ? '.' : sentence.close.replace(/[!]+/, '.')
    const rewrite: Rewrite = {text: `${who} ${verb} ${object} for you${close}${ask}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}
    // A sentence that says more than the wait (“…before your booking can be changed”) would lose it.
    const flagged = input.text.slice(input.start, input.end)
    return keepsContentNouns(input.text.slice(sentence.start, sentence.end), rewrite.text, flagged) ? [rewrite] : []
  }
}

/** “I can't change your seat myself” → change, your seat. */
function actionOf(text: string, from: number, to: number): {verb: string; object: string} | undefined {
  for (const match of text.slice(from, to).matchAll(blockedAction)) {
    const verb = match[1]!
    const phrase = phraseAfter(text, from + match.index + match[0].length)
    if (vagueVerbs.has(verb) || !phrase || phrase.end > to || authority.test(phrase.words)) continue
    return {verb, object: `${ownerOf(phrase.determiner)} ${lowerFirst(phrase.words)}`}
  }

  return undefined
}

/**
 * “your return”, “this exchange”, “Price override (pending…)”: what the
 * sentence is about; “this” only where the sentence is nothing but the wait
 * (“Please wait for manager approval”), else nothing: a sentence with more
 * in it would lose it.
 */
function objectOf(text: string, from: number, to: number): {verb: string; object: string} | undefined {
  const finish = (object: string) => ({verb: 'finish', object})
  const subject = phraseAfter(text, from)
  if (subject && !authority.test(subject.words) && waits.test(text.slice(subject.end, to))) {
    return finish(`${ownerOf(subject.determiner)} ${lowerFirst(subject.words)}`)
  }

  const body = text.slice(from, to)
  for (const match of body.matchAll(thingOpeners)) {
    const phrase = phraseAfter(text, from + match.index)
    if (!phrase || phrase.end > to || authority.test(phrase.words)) continue
    return finish(`${ownerOf(phrase.determiner)} ${lowerFirst(phrase.words)}`)
  }

  return onlyWaiting.test(text.slice(from, to)) ? finish('this') : undefined
}

/** The customer's thing is “your …”; “this” and “these” point at it as they did. */
function ownerOf(determiner: string): string {
  return determiner === 'this' || determiner === 'these' ? determiner : 'your'
}
