/**
 * Guilt: the seller's effort, feelings or needs held over the customer
 * (“we've worked so hard on this for you”, “please don't let us down”, “we'd
 * be so hurt if you left”). No rewrite rephrases it or keeps it beside what
 * it keeps: it is dropped with the push it serves, and where nothing else
 * is left there is no rewrite. Read by the pressure and we-centred rewrites.
 */

const effort = String.raw`(?:worked|been\s+working|work|works|working|slaved|tried)\s+(?:(?:so|really|incredibly|very|extra|super|ever\s+so)\s+)?hard`
export const guilt = new RegExp([
  // “We've worked so hard on this for you”, “Our team works really hard”.
  String.raw`\b(?:we|i|our\s+(?:[\p{L}-]+\s+){0,2}?(?:team|staff|crew|family|people|volunteers|drivers|stylists))(?:['’](?:ve|s)|\s+have|\s+has|\s+all)?\s+(?:all\s+)?${effort}\b`,
  // “we've put so much (work) into it”, “we put our hearts into this”.
  String.raw`\b(?:we|i)(?:['’]ve|\s+have)?\s+put\s+(?:so\s+much|a\s+lot|such\s+a\s+lot|our\s+(?:hearts?|souls?)|everything|all\s+we\s+have)\s+(?:of\s+)?(?:(?:work|effort|love|time|care|energy)\s+)?(?:into|in)\b`,
  String.raw`\blet\s+(?:us|me|them|the\s+team|our\s+[\p{L}-]+)\s+down\b`,
  String.raw`\b(?:we|i)(?:['’](?:d|ll)|\s+would|\s+will)\s+(?:be\s+)?(?:really\s+|so\s+|very\s+|truly\s+)?(?:hurt|heartbroken|gutted|devastated|disappointed|sad)\b`,
  String.raw`\b(?:we(?:['’]re|\s+are)|i(?:['’]m|\s+am))\s+(?:really\s+|so\s+|very\s+)?(?:hurt|heartbroken|gutted|disappointed)\s+(?:that\s+)?you\b`,
  String.raw`\bwe(?:['’]d|\s+would)\s+(?:really\s+|so\s+)?hate\s+to\s+(?:lose|see)\s+you\b|\bwe\s+miss\s+(?:you|our\s+regulars)\b|\bafter\s+(?:all|everything)\s+we(?:['’]ve|\s+have)\s+done\b`,
  String.raw`\bwe\s+deserve\b|\bgo\s+easy\s+on\s+us\b|\bwe\s+(?:really\s+|desperately\s+)?need\s+\d+\s+more\b`,
  // “help us get there”, “your matches will be sad too”: the seller's goal, or someone's feelings, held over the customer.
  String.raw`\bhelp\s+(?:us|me|the\s+team)\s+(?:get\s+there|hit|reach|beat|make\s+(?:it|our))\b|\b(?:will|would|['’]ll)\s+be\s+(?:so\s+|really\s+|very\s+)?(?:sad|hurt|heartbroken|gutted)\b`
].join('|'), 'iu')

/** Whether `text` holds guilt the customer is asked to carry. */
export function hasGuilt(text: string): boolean {
  return guilt.test(text)
}

/**
 * Whether `rewritten` keeps the start of guilt `original` holds: a clause
 * cut in the middle of one (“we've put | so much into it”) leaves its
 * opening words (“we've put”) standing.
 */
export function keepsGuilt(original: string, rewritten: string): boolean {
  if (hasGuilt(rewritten)) return true
  const kept = rewritten.toLowerCase()
  for (const match of original.matchAll(new RegExp(guilt.source, 'giu'))) {
    const opening = match[0].toLowerCase().split(/\s+/u).slice(0, 2).join(' ')
    if (opening.includes(' ') && kept.includes(opening)) return true
  }

  return false
}
