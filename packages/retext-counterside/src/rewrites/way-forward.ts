/**
 * The next step each kind of dead end needs, in the product's own terms:
 * its `contact` (how to reach a person) and `channel` (no counter on a
 * website). Without a contact, the step says nothing product-specific.
 */
import type {FailureKind} from '../features/failure-kind.js'
import {capitalise, lowerFirst} from './grammar.js'
import type {WayForward} from './types.js'

const payment = /\b(?:card|cards|payment|pay|paid|transaction|top-up|topup|checkout|purchase|charge|funds|balance|cvv|debit card|credit card|visa|mastercard|amex|paypal|direct debit)\b/i
// “We can't offer you a store card”, “your card application”: a refusal of what was applied for, not a payment declined.
const applying = /\b(?:offer you|qualify|application|apply|applied|eligible|membership)\b/i
const searching = /\b(?:search|results?|page|product|item|items|articles?|keyword)\b/i
const accountLike = /\b(?:e-?mail|email address|username|user name|phone number|mobile number|number|account|login|handle)$/i
const session = /\b(?:session|login|sign-in|log-in)\b/i
// “Not available on your plan / in your country / here”: a standing restriction, which trying again cannot lift.
const restriction = new RegExp([
  String.raw`\b(?:on|with|for|in|under|at) (?:your|this|the|our|a) (?:current )?(?:plan|subscription|tier|account|membership|package|contract|country|region|area|location|market|store|branch|device|version)\b`,
  String.raw`\bin (?:your|this) (?:country|region|area|location)\b`,
  String.raw`\b(?:available|supported) (?:here|for you|to you)\b`
].join('|'), 'i')
const outOfStock = /\bout of stock\b|\bsold out\b/i
// What the customer typed or wrote, which a failed save keeps; an upload or a sync holds nothing they entered.
const entered = /\b(?:changes?|details|form|message|note|notes|comment|answer|answers|entry|draft|post|review|profile|address|text|reply|settings|preferences|information|info)\b/i

/**
 * `thing` as the customer could swap it (“another card”): one or two plain
 * lower-case words, not a plural (“another file formats”), a participle
 * (“another clicked”) or a name written in mixed case (“another webAuthn”).
 */
function swappable(thing: string | undefined): string | undefined {
  if (!thing) return undefined
  const words = lowerFirst(thing)
  return /^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/.test(words) && !/(?:[^s]s|ed)$/.test(words) ? words : undefined
}

/** What the customer is told to do next, for a failure of `kind` in `sentence`; `thing` is what failed, if named. */
export function nextStep(kind: FailureKind, sentence: string, thing: string | undefined, way: WayForward): string {
  const ask = (lead: string): string => (way.contact ? ` ${lead}, ${way.contact}.` : '')
  switch (kind) {
    case 'not-found': {
      return `${searching.test(sentence) ? 'Check the spelling and search again' : 'Check the details and try again'}.${ask('If you still can’t find it')}`
    }

    case 'not-saved': {
      return `${entered.test(sentence) ? 'Try again — what you entered is still here.' : 'Please try again.'}${ask('If it keeps happening')}`
    }

    case 'declined': {
      if (payment.test(sentence) && !applying.test(sentence)) {
        const counter = way.channel === 'in-store' ? ', or pay at the counter' : ''
        return `Try another card or payment method${counter}.${ask('To find out why')}`
      }

      return way.contact ? `To find out why, ${way.contact}.` : 'You can ask us why.'
    }

    case 'not-allowed': {
      return way.contact ? `${capitalise(way.contact)} to find out why, or what you can do instead.` : 'You can ask us why, or what you can do instead.'
    }

    case 'unavailable': {
      const other = swappable(thing)
      if (other && /not supported|unsupported/i.test(sentence)) return `Try another ${other}.${ask('If you need it now')}`
      if (restriction.test(sentence) || /not supported|unsupported/i.test(sentence)) return way.contact ? `${capitalise(way.contact)} to find out what you can use instead.` : 'You can ask us what you can use instead.'
      if (outOfStock.test(sentence)) return `Choose another ${swappable(thing) ?? 'item'}, or check back later.`
      // Down, offline, timed out, busy, maintenance: the only kind that passes.
      return `Try again in a few minutes.${ask('If you need it now')}`
    }

    case 'conflict': {
      if (/expired|no longer valid/i.test(sentence)) return session.test(sentence) ? 'Sign in again to carry on.' : `Ask for a new ${swappable(thing) ?? 'one'} and try again.`
      const other = swappable(thing)
      if (other && accountLike.test(other) && /already/i.test(sentence)) return `Choose another ${other}, or sign in if it’s yours.`
      return `Choose another ${other ?? 'one'}.${ask('For help')}`
    }

    case 'unknown': {
      return `Please try again.${ask('If it keeps happening')}`
    }
  }
}
