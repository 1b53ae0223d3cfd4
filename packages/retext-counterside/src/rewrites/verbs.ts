/**
 * “processed” → “process”: the base form of the past participles failures
 * are told in, for “We couldn't <verb> your <thing>”. A listed set, not a
 * stemmer: an unknown participle leaves the sentence's own wording alone.
 */

const regular = [
  'process', 'complete', 'handle', 'load', 'save', 'add', 'apply', 'print', 'verify', 'validate', 'charge', 'deliver', 'reach', 'accept',
  'display', 'connect', 'refund', 'issue', 'activate', 'renew', 'confirm', 'place', 'upload', 'update', 'book', 'approve', 'locate', 'change',
  'receive', 'use', 'port', 'create', 'delete', 'download', 'open', 'start', 'finish', 'register', 'sync', 'post', 'reserve', 'authorise',
  'authorize', 'recognise', 'recognize', 'collect', 'return', 'exchange', 'redeem', 'restore', 'retrieve', 'generate', 'calculate',
  'schedule', 'dispatch', 'repair', 'replace', 'install', 'upgrade', 'submit', 'transfer', 'cancel', 'scan', 'ship', 'fulfil', 'fulfill',
  'send', 'find', 'show', 'read', 'pay', 'make', 'take', 'give', 'sell', 'buy', 'set', 'keep', 'hold', 'arrange', 'archive', 'attach',
  'copy', 'identify', 'match', 'move', 'modify', 'publish', 'remove', 'sign', 'store', 'track', 'unlock', 'edit', 'check', 'waive', 'clear'
]
const irregular: Readonly<Record<string, string>> = {
  send: 'sent', find: 'found', show: 'shown', read: 'read', pay: 'paid', make: 'made', take: 'taken', give: 'given', sell: 'sold',
  buy: 'bought', set: 'set', keep: 'kept', hold: 'held', submit: 'submitted', transfer: 'transferred', cancel: 'cancelled', scan: 'scanned',
  ship: 'shipped', fulfil: 'fulfilled'
}

/** “confirm” → “confirmed”, “send” → “sent”: for a base form the caller knows is regular or listed here. */
export function participleOf(base: string): string {
  if (irregular[base]) return irregular[base]
  if (base.endsWith('e')) return `${base}d`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`
  return `${base}ed`
}

const bases = new Map<string, string>(regular.map((base) => [participleOf(base), base]))
bases.set('canceled', 'cancel')
bases.set('fulfilled', 'fulfil')

/** The base form, or undefined for a participle not in the list. */
export function baseOf(participle: string): string | undefined {
  return bases.get(participle.toLowerCase())
}

// Simple pasts that are not participles (“we'd rather you <paid> by card”), and regular verbs customers are asked to do.
const irregularPast: Readonly<Record<string, string>> = {
  took: 'take', gave: 'give', came: 'come', chose: 'choose', wrote: 'write', rang: 'ring', told: 'tell', left: 'leave', brought: 'bring',
  went: 'go', stopped: 'stop', paid: 'pay', made: 'make', sent: 'send', kept: 'keep', bought: 'buy', put: 'put', found: 'find', held: 'hold'
}
const askedOf = ['respect', 'arrive', 'call', 'board', 'wait', 'queue', 'phone', 'email', 'contact', 'follow', 'order', 'visit', 'switch', 'pick', 'fill', 'reply', 'park', 'knock']
const pasts = new Map<string, string>(askedOf.map((base) => [participleOf(base), base]))

/** “paid” → “pay”, “respected” → “respect”; undefined for a past not in the lists. */
export function baseOfPast(past: string): string | undefined {
  const lower = past.toLowerCase()
  return irregularPast[lower] ?? baseOf(lower) ?? pasts.get(lower)
}
