/**
 * The next step each kind of dead end needs, in the product's own terms:
 * its `contact` (how to reach a person) and `channel` (no counter on a
 * website). Without a contact, the step says nothing product-specific.
 */
import type {FailureKind} from '../features/failure-kind.js'
import {agreement, capitalise, lowerFirst} from './grammar.js'
import type {WayForward} from './types.js'

const payment = /\b(?:card|cards|payment|pay|paid|transaction|top-up|topup|checkout|purchase|charge|funds|balance|cvv|debit card|credit card|visa|mastercard|amex|paypal|direct debit)\b/i
// “We can't offer you a store card”, “your card application”: a refusal of what was applied for, not a payment declined.
const applying = /\b(?:offer you|qualify|application|apply|applied|eligible|membership)\b/i
const searching = /\b(?:search|searched|results?|keywords?)\b/i
const accountLike = /\b(?:e-?mail|email address|username|user name|phone number|mobile number|number|account|login|handle)$/i
const session = /\b(?:session|login|sign-in|log-in)\b/i
// “Not available on your plan / in your country / here”: a standing restriction, which trying again cannot lift.
const restriction = new RegExp([
  String.raw`\b(?:on|with|for|in|under|at) (?:your|this|the|our|a) (?:current )?(?:plan|subscription|tier|account|membership|package|contract|country|region|area|location|market|store|branch|device|version)\b`,
  String.raw`\bin (?:your|this) (?:country|region|area|location)\b`,
  String.raw`\b(?:available|supported) (?:here|for you|to you)\b`,
  String.raw`\bfor (?:the )?[\w -]{0,30}\b(?:version|edition|plan|tier|licen[cs]e)\b`
].join('|'), 'i')
const outOfStock = /\bout of stock\b|\bsold out\b/i
// What the customer typed or wrote, which a failed save keeps; an upload or a sync holds nothing they entered.
const entered = /\b(?:changes?|details|form|message|note|notes|comment|answer|answers|entry|draft|post|review|profile|address|text|reply|settings|preferences|information|info)\b/i
// Not found: what the customer typed or chose, which they can check (a code, an address, a name they searched for).
const typedLookup = /\b(?:code|codes|number|reference|e-?mail|email address|address|username|user ?name|postcode|post code|zip|zip code|voucher|coupon|promo|pin|iban|domain|url|web address|name|nickname|handle|phone)$/i
// A booking, an account, a customer: found by details the customer typed.
const lookedUp = /(?:\b(?:account|accounts|user|booking|order|reservation|ticket|member|membership|customer|appointment|parcel|tracking)|card)$/i
const typedInSentence = /\byour (?:[\p{L}-]+ )?(?:code|number|reference|e-?mail|email address|username|postcode|zip code)\b/iu
const unsupported = /not supported|unsupported|(?:does not|doesn['’]t|do not|don['’]t) support/i
// “… not supported by your browser”, “… on this device”, “Your browser doesn't support …”.
const customerSide = /\b(?:by|in|on|with|for) (?:your|this) (browser|device|phone|tablet|computer)\b|\byour (browser|device|phone|tablet|computer) (?:does not|doesn['’]t) support\b/i
// “<thing> is not supported (at this charger).”: nothing after it that narrows what is meant (“… for forgot password”).
const plainlyUnsupported = /(?:not supported|unsupported)(?:\s+(?:here|yet)|\s+(?:at|on|in|with) (?:this|the|our) [\p{L} -]+)?\s*\P{L}*$/iu
// Things too general to swap: “Try another operation” says nothing.
const vagueThing = /\b(?:operation|action|request|feature|function|functionality|command|query|call|value|expression|response|thing|option|mode)$/i
const endedAttempt = /\b(?:timed out|time-?out|cancell?ed|interrupted|connection (?:lost|error|failed|dropped)|lost (?:the )?connection|unable to connect|can['’]t connect|could not connect)\b/i
const standingState = /\b(?:locked|disabled|blocked|suspended|deactivated|closed|banned|blacklisted|blocklisted|not (?:set up|configured|enabled|installed))\b/i
// A device's or the product's capability, not a service that is down.
const capability = /\b(?:camera|microphone|mic|location|bluetooth|nfc|gps|biometrics?|fingerprint|face id|passkeys?|method|methods|permission|permissions)$/i
// What the customer picks from several: a taken one is swapped for another.
const choosable = /\b(?:slot|seat|table|room|date|time|size|colou?r|appointment|variant|pitch|court|lane|spot)$/i
// The words that tell an outage, which passes.
const outage = /\b(?:temporar(?:y|ily)|maintenance|offline|(?:is|are) down|not responding|busy|bad gateway|50[234]|overloaded|high demand)\b/i

// “is not valid”, “invalid”: the value itself is wrong, and the same value fails again.
const notValid = /\b(?:invalid|not valid|(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t) valid|malformed)\b/i
const unverified = /\b(?:couldn['’]t|could not|can['’]t|cannot|unable to|not) (?:be )?verif(?:y|ied)\b/i
// What the customer typed and can read back: a code, a date, a name. A token or a key is issued to them, and checking it cannot help.
const typedValue = /\b(?:code|number|date|birth|name|e-?mail|email address|address|postcode|post code|zip code|pin|password|passcode|iban|phone|reference|url|username|user name|voucher|coupon|promo|amount|entry|input|characters|details)$/i

/** `thing` as the customer can check it (“the expiration date”), when it is something they typed in plain words. */
function checkable(thing: string | undefined): string | undefined {
  if (!thing || !/^[\p{L}\p{N} '’-]+$/u.test(thing) || !typedValue.test(thing)) return undefined
  // “Last Name”, a label's Title Case: common nouns in a sentence.
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(thing) ? thing.toLowerCase() : thing
}

// “they were out of stock”: a pronoun names nothing to swap.
const pronoun = /^(?:it|they|them|this|that|these|those|we|you|one|he|she)$/

/**
 * `thing` as the customer could swap it (“another card”): one or two plain
 * lower-case words, not a plural (“another file formats”), a participle
 * (“another clicked”) or a name written in mixed case (“another webAuthn”).
 */
function swappable(thing: string | undefined): string | undefined {
  if (!thing) return undefined
  // “The dropped file”: a participle before the noun says nothing of what to swap it for.
  const words = lowerFirst(thing).replace(/^\p{Ll}+ed (?=\p{Ll})/u, '')
  return /^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/.test(words) && !/(?:[^s]s|ed)$/.test(words) && !pronoun.test(words) ? words : undefined
}

// A state that has changed for good, which trying again cannot undo: a time that passed, a place given up,
// a decision made, what cannot be refunded or mended, a standing refusal or policy (“we don't ship to …”).
const forGood = new RegExp([
  String.raw`\b(?:has|had|have)\s+(?:now\s+)?passed\b`,
  // Told with or without its auxiliary: “the payment window closed”, “the deadline has passed”.
  String.raw`\b(?:deadline|cut-?off|closing date|window)\b[^.!?]{0,30}?\b(?:(?:has|had|is|was)\s+(?:now\s+)?(?:closed|ended|over|gone)|closed|ended|expired|passed)\b`,
  String.raw`\b(?:been|was|were)\s+released\b|\bgiven to (?:someone|another)\b`,
  String.raw`\b(?:decision|outcome|sale|ruling)s?\s+(?:is|are|was|were)\s+final\b|\bfinal (?:decision|sale)\b`,
  String.raw`\bnon-?refundable\b|\bnot refundable\b`,
  String.raw`\b(?:cannot|can['’]t|can not|could not|couldn['’]t)\s+be\s+(?:refunded|cleaned|repaired|mended|fixed|replaced|reversed|undone|restored|recovered|exchanged|reinstated|reopened)\b`,
  String.raw`\b(?:we|they)\s+(?:don['’]t|do not|no longer|won['’]t|will not)\s+(?:ship|deliver|post|send|accept|offer|sell|stock|carry|serve|cover|insure|lend|allow|give|supply|provide|issue)\b`,
  // “Delivery not available to this postcode”: a place that is not served.
  String.raw`\bnot available (?:to|in|for|at) (?:this|your|that) (?:postcode|post code|zip code|area|address|region|country|island)\b`,
  String.raw`\bdiscontinued\b|\bwithdrawn from sale\b|\bno longer (?:accepted|offered|sold|made|stocked|delivered|covered|supported|possible)\b|\bcan no longer be\b`,
  String.raw`\b(?:does not|doesn['’]t|do not|don['’]t|did not|didn['’]t)\s+meet (?:our|the)\b`
].join('|'), 'iu')
// A booking that went (a place released, a seat given to someone else): it is made again, not retried.
const bookingGone = /\b(?:place|places|seat|seats|spot|space|room|table|pitch|booking|reservation|slot|ticket)\b[^.!?]{0,40}?\b(?:been|was|were)\s+(?:released|given to (?:someone|another)|given away|cancell?ed|lost)\b/iu

/** Whether `message` tells a state that has changed for good, which no retry can undo. */
export function changedForGood(message: string): boolean {
  return forGood.test(message)
}

/** What the customer is told to do next, for a failure of `kind` in `sentence` (of `message`); `thing` is what failed, if named; undefined when no step fits. */
export function nextStep(kind: FailureKind, sentence: string, thing: string | undefined, way: WayForward, message = sentence): string | undefined {
  const step = stepByKind(kind, sentence, thing, way, message)
  // A retry after what has changed for good would ask for what cannot help: a booking is made again, else a person is asked, else nothing.
  // Not an issued thing asked for anew (“Ask for a new code”): that is the way on from an expiry, not a retry.
  if (!step || !/\btry again\b/iu.test(step) || /^Ask for a new\b/u.test(step) || !forGood.test(message)) return step
  return afterForGood(message, way)
}

/** The step after a state that has changed for good (a booking gone: book again; else the contact); undefined when none fits. */
export function afterForGood(message: string, way: WayForward): string | undefined {
  if (bookingGone.test(message)) return 'Book again if you still need a place.'
  return way.contact ? `${capitalise(way.contact)} to find out what you can do instead.` : undefined
}

// What is issued to the customer, which they can ask for anew when it expires: a card, a code, a PIN, a link, a quote.
const issuedNouns = 'card|code|pin|passcode|link|invitation|invite|voucher|quote'
const issued = new RegExp(String.raw`^(?:[\p{L}-]+ )?(?:${issuedNouns})$`, 'iu')
// “expired card”, “the code you were sent has expired”, “That code's expired”.
const issuedInSentence = new RegExp(String.raw`\bexpired (${issuedNouns})\b|\b(${issuedNouns})\b[^.!?,;]{0,30}?(?:\s|['’]s\s)(?:has |had |is |was )?(?:expired|no longer valid)\b`, 'iu')

/** What expired, when it is something issued (“the code”, “your invitation”); undefined for anything else (a trial, a warranty). */
function issuedThing(thing: string | undefined, sentence: string): string | undefined {
  const own = swappable(thing)
  if (own) return issued.test(own) ? own : undefined
  const named = issuedInSentence.exec(sentence)
  return named ? (named[1] ?? named[2])!.toLowerCase() : undefined
}

function stepByKind(kind: FailureKind, sentence: string, thing: string | undefined, way: WayForward, message: string): string | undefined {
  const ask = (lead: string): string => (way.contact ? ` ${lead}, ${way.contact}.` : '')
  const contactFor = (purpose: string): string | undefined => (way.contact ? `${capitalise(way.contact)} ${purpose}.` : undefined)
  switch (kind) {
    case 'not-found': {
      if (searching.test(sentence)) return `Check the spelling and search again.${ask('If you still can’t find it')}`
      // Only what the customer typed or chose can be checked; a cart or a record they never saw cannot.
      // Plain words only: “Total-Number in response headers” is a field of code, not something typed.
      if (thing && /^[\p{Ll}\p{N} ]+$/u.test(thing) && typedLookup.test(thing)) return `Check the ${thing} and try again.${ask('If you still can’t find it')}`
      if ((thing && lookedUp.test(thing)) || typedInSentence.test(sentence)) return `Check the details and try again.${ask('If you still can’t find it')}`
      return contactFor('if you need help finding it')
    }

    case 'not-saved':
    case 'unknown': {
      const typed = checkable(thing)
      // A value the customer typed that is not valid is checked; any other one, neither checked nor retried.
      if (typed && notValid.test(sentence)) return `Check the ${typed} and try again.`
      const beyond = beyondRetry(message, contactFor('for help') ?? '')
      if (beyond !== undefined) return beyond || undefined
      if (kind === 'unknown') return `Please try again.${ask('If it keeps happening')}`
      return `${entered.test(sentence) ? 'Try again — what you entered is still here.' : 'Please try again.'}${ask('If it keeps happening')}`
    }

    case 'declined': {
      // “We couldn't verify this code”, “The date entered is not valid”: what the customer typed is checked, not argued.
      const typed = checkable(thing)
      if (typed && (notValid.test(sentence) || unverified.test(sentence))) return `Check ${agreement(typed).it} and try again.`
      // A value that is not valid, but not one the customer typed (a token, a setting): neither a check nor a retry helps.
      // A card that is not valid is swapped for another (below).
      if (notValid.test(sentence) && !payment.test(thing ?? '')) return contactFor('for help')
      if (payment.test(sentence) && !applying.test(sentence)) return anotherPayment(way)
      // Only a product with a contact has an “us” to ask; without one, the message's advice says what to do.
      return way.contact ? `To find out why, ${way.contact}.` : undefined
    }

    case 'not-allowed': {
      // “Payment was not authorised”: the card is refused, another one may not be.
      if (/^(?:the |your )?(?:payment|card|transaction)\b[^.!?]*\bnot authori[sz]ed\b/iu.test(sentence)) return anotherPayment(way)
      return contactFor('to find out why, or what you can do instead')
    }

    case 'unavailable': {
      return unavailableStep(sentence, thing, way, message)
    }

    case 'conflict': {
      if (/expired|no longer valid/i.test(sentence)) {
        if (session.test(sentence)) return 'Sign in again to carry on.'
        // A page is reloaded, not asked for.
        if (/\bpage$/i.test(thing ?? '')) return 'Reload the page and try again.'
        // An expired card at a payment: another card, as any card refused; no “to find out why”, since the message says why.
        if (/\bcard\b/iu.test(sentence) && payment.test(sentence) && /\b(?:declined|payment|pay|checkout|transaction|charge|deposit)\b/iu.test(sentence)) return anotherPayment({channel: way.channel})
        // Only what is issued (a card, a code, a link) is asked for anew; a trial or a warranty is not.
        const renewed = issuedThing(thing, sentence)
        return renewed ? `Ask for a new ${renewed} and try again.` : contactFor('to find out what you can do instead')
      }
      const other = swappable(thing)
      if (other && accountLike.test(other) && /already/i.test(sentence)) return `Choose another ${other}, or sign in if it’s yours.`
      return `Choose another ${other ?? 'one'}.${ask('For help')}`
    }
  }
}

/** A payment refused: another card or method (in store, the counter too), and who can say why. */
function anotherPayment(way: WayForward): string {
  const counter = way.channel === 'in-store' ? ', or pay at the counter' : ''
  return `Try another card or payment method${counter}.${way.contact ? ` To find out why, ${way.contact}.` : ''}`
}

/** Unsupported, unavailable, down: what to use instead, when it passes, or who can help; undefined when none of them fits. */
function unavailableStep(sentence: string, thing: string | undefined, way: WayForward, message: string): string | undefined {
  const ask = (lead: string): string => (way.contact ? ` ${lead}, ${way.contact}.` : '')
  const contactFor = (purpose: string): string | undefined => (way.contact ? `${capitalise(way.contact)} ${purpose}.` : undefined)
  if (unsupported.test(sentence)) {
    // Not supported by the customer's own browser or device: another one is the way forward.
    const theirs = customerSide.exec(sentence)
    if (theirs) return `Try another ${theirs[1]!.toLowerCase()}.${ask('If you need help')}`
    const other = swappable(thing)
    if (other && !vagueThing.test(other) && plainlyUnsupported.test(sentence)) return `Try another ${other}.${ask('If you need it now')}`
    return contactFor('to find out what you can use instead')
  }

  if (outOfStock.test(sentence)) return `Choose another ${swappable(thing) ?? 'item'}, or check back later.`
  // An attempt that ended (timed out, cancelled, cut off) can be made again at once.
  if (endedAttempt.test(sentence)) return `Please try again.${ask('If it keeps happening')}`
  // Down, offline, busy, maintenance, temporarily: an outage, which passes.
  if (outage.test(sentence)) return `Try again in a few minutes.${ask('If you need it now')}`
  // Not on this plan, locked, no camera, this sign-in method: waiting cannot change it.
  if (restriction.test(sentence) || standingState.test(message) || (thing && capability.test(thing))) return contactFor('to find out what you can use instead')
  // A slot or a seat that is taken: another one.
  const other = swappable(thing)
  if (other && choosable.test(other)) return `Choose another ${other}.${ask('For help')}`
  // A service or a person (“Checkout unavailable.”, “Agent unavailable”): back soon.
  return `Try again in a few minutes.${ask('If you need it now')}`
}

// What trying again cannot change, in any sentence of the message.
const tooLarge = /\b(?:too (?:large|big)|exceed(?:s|ed|ing)? (?:the |its |our )?(?:maximum|max|size|limit|file size)|(?:maximum|max) (?:file )?size|size limit)\b/i
const alreadyThere = /\b(?:already (?:pending|exists?|there|sent|added|been)|pending (?:invitations?|requests?))\b/i
const brokenMedia = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`corrupt(?:ed)?`,
      String.raw`damaged`,
      String.raw`(?:file|image|photo|document|video) (?:cannot|can['’]t|could not|couldn['’]t) be (?:processed|read|opened)`,
      String.raw`(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t) support (?:this|that|the) (?:format|file|type)`,
      String.raw`unsupported (?:format|file|media|type)`
    ].join('|') +
    String.raw`)\b`,
  'i'
)
// A setting that is missing or wrong (“not configured”, “the provider's configuration”): someone must change it, not retry.
const configuration = new RegExp(
  [
    String.raw`\b(?:config|configs|configuration|configurations|configured|misconfigured|misconfiguration)\b`,
    String.raw`\bdue to (?:the |your )?(?:user |account )?settings\b`,
    // “There's no available authentication factor”: nothing set up to use.
    String.raw`\bno (?:available|suitable|supported|enabled) [\p{L} -]{0,30}?\b(?:factors?|methods?|providers?|connectors?|options?)\b`
  ].join('|'),
  'iu'
)
// An ID the customer never typed (“Cannot map row id …”, “Unable to get tenant id from request”): a retry looks it up again the same way.
const internalId = /\b(?:id|ids|uuid|guid)\b/i
// A value that is not valid (“The log type is invalid”): the same value fails the same way again.
const invalidValue = /\b(?:invalid|not valid|malformed|incorrect)\b/i
// What a formula or expression could not make sense of (“unexpected token”, “cannot resolve the reference”).
const unparsed = new RegExp(
  String.raw`\bunexpected (?:token|frame|character|symbol|identifier|end|input|eof|operator)\b|` +
    String.raw`\b(?:cannot|can['’]t|can not|could not|couldn['’]t|unable to) (?:produce|resolve|evaluate|parse|compute|interpret|map)\b` +
    // Of a reference, not of a query (“We were unable to resolve your query” is a person's failure, which another try may mend).
    String.raw`(?=[^.!?]*\b(?:reference|formula|expression|cell|row|column|index|label|id|symbol|range|field)\b)`,
  'i'
)
// A capability of the browser or device (a passkey, autofill, a fingerprint), which does not change on a second try.
const deviceFeature = /\b(?:passkeys?|autofill|webauthn|biometrics?|fingerprint|face id|touch id)\b/i
// “… from that URL”: what the customer gave is why it failed; another one can work.
const fromTheirs = /\bfrom (?:that|this|the) (url|link|file|image|photo|address|page)\b/i

// “The form contains errors”: they are corrected, not retried.
const hasErrors = /\b(?:contains?|has|have) (?:some )?errors\b/i
// What could not be read or understood (“Data parsing error”) reads the same the second time.
const unreadable = /\b(?:pars(?:e|ing)|semantic)\s+error\b/i
const overQuota = /quota|\blimit (?:reached|exceeded)\b/i
const written = /\b(syntax|expression|formula|regex|regular expression)\b/i

/** Whether `message` says trying again cannot change it (locked, too large, already there, corrupt, over quota, unreadable). */
export function retryCannotHelp(message: string): boolean {
  return tooLarge.test(message) || alreadyThere.test(message) || brokenMedia.test(message) || overQuota.test(message) || standingState.test(message) || unreadable.test(message)
}

/**
 * A failure that trying again cannot change: the step its cause needs
 * (a smaller file, a look at the expression, `help`: the contact), '' when none can help here,
 * undefined when trying again may.
 */
function beyondRetry(message: string, help: string): string | undefined {
  if (tooLarge.test(message)) return /\bfiles\b/i.test(message) ? 'Try smaller files.' : /\b(?:file|upload|photo|image|video|attachment|document)s?\b/i.test(message) ? 'Try a smaller file.' : ''
  if (retryCannotHelp(message)) return ''
  if (hasErrors.test(message)) return 'Correct the errors and try again.'
  // What the customer wrote (a formula) is theirs to check.
  const what = written.exec(message)
  if (what) return `Check the ${what[1]!.toLowerCase()} and try again.`
  // Nothing the customer can do changes these: a person can, where the product names one.
  if (configuration.test(message) || unparsed.test(message) || invalidValue.test(message) || deviceFeature.test(message) || internalId.test(message)) return help
  const theirs = fromTheirs.exec(message)
  return theirs ? `Try another ${lowerFirst(theirs[1]!)}.` : undefined
}
