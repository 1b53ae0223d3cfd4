/**
 * The rules' ids, in documentation order (`ruleList`'s order; a test holds
 * the two to it), and their doc links: without the rules, so a front end
 * can name them (`counterside --help`) without loading the engine.
 */
export const ruleIds = [
  'seller-celebration',
  'sales-jargon',
  'we-centered',
  'exposed-internals',
  'customer-blame',
  'permission-gate',
  'stepping-away',
  'pressure-selling',
  'dead-end-error',
  'shouting'
] as const

export type RuleId = (typeof ruleIds)[number]

const docsBase = 'https://github.com/counterside/counterside/blob/main/docs/rules/'

export function docsUrl(id: string): string {
  return `${docsBase}${id}.md`
}
