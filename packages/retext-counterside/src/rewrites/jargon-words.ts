/**
 * Sales jargon that has a customer's word, one entry per concept (like
 * retext-equality's entries): the jargon as matched (lower case), the plain
 * word that replaces it, and why that word fits. The sales-jargon rewrites
 * read this list; `test/rewrites-sales-jargon.test.ts` checks every entry.
 */

export interface JargonWord {
  /** The jargon, matched against the finding's words in lower case. */
  readonly jargon: RegExp
  /** What the customer calls the same thing (a plural jargon gets a plural: “SKUs” → “items”). */
  readonly plain: string
  /** Why the plain word says the same for the customer. */
  readonly note: string
  /** The jargon is a plain word here after all when the text after it matches (“SKU 4021” shows a code). */
  readonly unless?: RegExp
  /** The word fits as a label (“Loss leader: £1 coffee” → “Special offer: …”), not in a sentence. */
  readonly labelOnly?: boolean
  /** The jargon is also a verb (“Don't forget to upsell”), which the noun cannot replace. */
  readonly verbAfter?: boolean
  /** The customer's word as a label (“Upsell: gift wrap” → “Extra: gift wrap”), where it differs from the word in a sentence. */
  readonly label?: string
}

export const jargonWords: readonly JargonWord[] = [
  {jargon: /^(?:suggested|recommended) attach$/, plain: 'add-on', label: 'optional extra', note: 'an “attach” is what the customer adds to what they buy; as a label, an optional extra'},
  {
    jargon: /^(?:upsell|up-sell|cross-sell|cross sell|crosssell|attach|add-on opportunity|attach opportunity)s?$/,
    plain: 'add-on',
    label: 'extra',
    note: 'the thing offered alongside the purchase; the customer adds it (as a label, “Extra:”, which says it is theirs to take or leave)',
    unless: /^\s*\p{L}/u,
    verbAfter: true
  },
  {jargon: /^upsold by$/, plain: 'served by', note: 'on a receipt, who served the customer'},
  {jargon: /^skus?$/, plain: 'item', note: 'a stock-keeping unit is, to the customer, the item', unless: /^\s*[#:]?\s*\d/},
  {jargon: /^prospects?$/, plain: 'customer', note: 'a prospect is someone the seller hopes will buy: to themselves, a customer'},
  {jargon: /^loss[- ]leaders?$/, plain: 'special offer', note: 'a product sold cheaply to bring customers in is, to them, a special offer', labelOnly: true},
  {jargon: /^win-?back$/, plain: 'welcome-back', note: 'an offer to a returning customer welcomes them back', unless: /^\s*(?!offer|deal|discount|code|price)\p{L}/u},
  {jargon: /^impulse[- ](?:buys?|adds?|picks?)$/, plain: 'extra', note: 'a small thing added at the till: an extra', labelOnly: true},
  {jargon: /^next[- ]best[- ]offers?$/, plain: 'offer', note: 'the model’s pick of what to sell next is, to the customer, an offer'},
  {jargon: /^dunning (?:letters?|e-?mails?|notices?|messages?)$/, plain: 'payment reminders', note: 'dunning is chasing a late payment: the customer receives payment reminders'}
]
