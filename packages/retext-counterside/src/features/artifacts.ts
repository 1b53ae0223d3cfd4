/**
 * Raw technical internals that leaked into copy. These are shapes, not words
 * (`${order.fee}`, `TypeError:`, `502 Bad Gateway`), so they are found with
 * small anchored regular expressions over a paragraph's text. Every pattern
 * here is linear: no nested or overlapping quantifiers.
 */

export type ArtifactKind =
  /** A failure the system reported in its own words: also a dead end. */
  | 'error'
  /** A value that was never filled or rendered (`null`, `{{name}}`, `NaN`). */
  | 'value'

export interface Artifact {
  readonly kind: ArtifactKind
  readonly from: number
  readonly to: number
  readonly note: string
  /** Shown with a human explanation this is fine (“Error 4012: the reader lost its connection…”). */
  readonly fineWithExplanation: boolean
}

interface ArtifactPattern {
  readonly kind: ArtifactKind
  readonly pattern: RegExp
  readonly note: string
  readonly fineWithExplanation?: boolean
}

/**
 * A note in brackets that stands for a person's name, in any case
 * ([Customer Name], [CUSTOMER NAME], [First name], [Insert name here],
 * [customer’s name]): a few plain words, one of them “name”. Brackets
 * around code ([event.target.name], [name: string]) hold no note. The one
 * recogniser: the rewrites read a name field from these artifacts too.
 */
const bracketedName = /\[(?:[\p{L}’']{1,20} ){0,4}name(?: [\p{L}’']{1,20}){0,3}\]/giu

// Merge fields of mail and CRM tools: [FIRST_NAME], *|FNAME|*, %%Name%%, <<name>>; one shape per line.
const mergeFields = new RegExp(
  [
    String.raw`\bINSERT[ _](?:FIRST[ _]NAME|LAST[ _]NAME|NAME|CUSTOMER|EMAIL|DATE|TEXT|HERE)\b`,
    String.raw`\b(?:FIRST|LAST|FULL)[ _]NAME\b`,
    String.raw`\[[A-Z][A-Z\d_]{2,40}\]`,
    String.raw`\*\|[A-Z\d_]{2,40}\|\*`,
    String.raw`%%?[A-Z][A-Z_]{2,40}%%?`,
    String.raw`#[A-Z][A-Z_]{2,40}#`,
    String.raw`%%[A-Za-z_]{2,40}%%`,
    String.raw`<<[A-Za-z_]{2,40}>>`
  ].join('|'),
  'g'
)

const snakeCase = String.raw`[a-z]{2,20}(?:_[a-z\d]{2,20}){1,5}\b`
const snakeCaseAmongWords = new RegExp(
  // \u0060 is a backtick: quoted code is named, not leaked.
  String.raw`(?<![\u0060“"'‘(\w])(?:(?<=\S[^\S\n]{0,3})${snakeCase}|${snakeCase}(?=[^\S\n]{0,3}[^\s\u0060”"'’)]))(?![\u0060”"'’)])`,
  'g'
)

const patterns: readonly ArtifactPattern[] = [
  {kind: 'value', pattern: /\$\{[^{}\n]{0,200}\}/g, note: 'an unrendered template expression tells the customer the page is broken'},
  {kind: 'value', pattern: /\{\{[^{}\n]{0,200}\}\}/g, note: 'an unfilled placeholder tells the customer the message was never finished'},
  // Single braces are ICU placeholders in catalogs; snake_case or dotted names are template fields left unfilled.
  {kind: 'value', pattern: /\{[A-Za-z]\w{0,40}[_.][\w.]{1,60}\}/g, note: 'an unfilled template field tells the customer the message was never finished'},
  {kind: 'value', pattern: /(?<![\w%])%(?:\d\$)?[sd@](?![\w%])/g, note: 'an unfilled printf field tells the customer the message was never finished'},
  {kind: 'value', pattern: mergeFields, note: 'an unfilled merge field tells the customer they were one row in a mailing list'},
  {kind: 'value', pattern: bracketedName, note: 'an unfilled name field tells the customer they were one row in a mailing list'},
  // The Unix epoch or year one where a real date should be: a null date rendered.
  {kind: 'value', pattern: /\b(?:1970-01-01|01\/01\/1970|1\/1\/1970|12\/31\/1969|0001-01-01)\b|\bJan(?:uary)? 1,? 1970\b/g, note: 'an empty date rendered as 1970 leaves the customer unsure when anything will happen'},
  // Mail-merge fields in single braces ({CustomerName}); lower-case names
  // ({name}, {firstName}) are ICU arguments in source code and catalogs.
  {kind: 'value', pattern: /\{(?:Customer|First|Last|Full|User|Client|Member|Account|Contact)[A-Z]\w{0,40}\}/g, note: 'an unfilled merge field tells the customer they were one row in a mailing list'},
  // A count or balance of -1: the “not found” value of code, shown as a number.
  {kind: 'value', pattern: /\b(?:[Bb]alance|[Tt]otal|[Qq]ty|[Qq]uantity|[Rr]ow|[Ss]eat|[Pp]oints|[Cc]ount|[Ss]tock|[Ii]tems?)\b:? -1\b/g, note: 'a value of -1 is a program’s “not found”, and the customer cannot tell what they have'},
  // A merge field's name printed as it is: customer_name, first_name.
  {kind: 'value', pattern: /\b(?:customer|first|last|full|user|client|member|account|contact|order|product)_[a-z_]{2,30}\b/g, note: 'a field name where their name should be tells the customer they were one row in a mailing list'},
  {kind: 'value', pattern: /[$€£]-0\.00\b|(?<![\w.])-0\.00\b/g, note: 'a negative zero tells the customer the sum was never worked out'},
  {kind: 'value', pattern: /(?<![\w$])\$(?:first|last|full|user|customer|client)_?name\b/gi, note: 'an unfilled template field tells the customer the message was never finished'},
  {kind: 'value', pattern: /\[object Object\]/g, note: 'a programming artefact tells the customer the screen is broken'},
  {kind: 'value', pattern: /\b(?:null(?! and void)|undefined|NaN|NULL)\b/g, note: 'an empty value where their name or number should be makes the customer feel processed, not served'},
  {kind: 'value', pattern: /\bInvalid Date\b/g, note: 'a broken value where a date should be leaves the customer unsure what they bought'},
  {kind: 'value', pattern: /\b[Ll]orem ipsum\b/g, note: 'placeholder text tells the customer nobody checked this'},
  {kind: 'value', pattern: /\b(?:TODO|FIXME|XXX|TBD):/g, note: 'a note to the team tells the customer nobody checked this'},
  {kind: 'error', pattern: /\b[A-Z][A-Za-z]{0,40}(?:Error|Exception)\b(?=:|\s+(?:at|in)\b)/g, note: 'an exception name means nothing to the customer and tells them something broke'},
  {kind: 'error', pattern: /\b(?:[Ee]xception|[Ee]rror) caught\b|\b[Tt]ime(?:d| )?out after \d{1,9} ?ms\b/g, note: 'a raw exception tells the customer nothing they can act on'},
  {kind: 'error', pattern: /\bnot found in (?:the )?database\b|\bSQL error\b|\bduplicate key value\b|\bviolates (?:unique|foreign key|check) constraint\b/g, note: 'a database error tells the customer nothing they can act on'},
  {kind: 'error', pattern: /\bInternal Server Error\b/g, note: 'a raw server status tells the customer nothing they can act on'},
  {kind: 'error', pattern: /\bCannot read propert(?:y|ies) of\b/g, note: 'a stack trace means nothing to the customer and tells them something broke'},
  {kind: 'error', pattern: /\b[Ss]tack trace:|\bat [\w$.]{1,80} \([\w./-]{1,120}:\d{1,6}(?::\d{1,6})?\)/g, note: 'a stack trace means nothing to the customer and tells them something broke'},
  {kind: 'error', pattern: /\bTraceback \(most recent call last\)/g, note: 'a stack trace means nothing to the customer and tells them something broke'},
  {kind: 'error', pattern: /\b[45]\d\d (?:- )?(?:Bad Gateway|Internal Server Error|Service Unavailable|Gateway Time-?out|Bad Request|Forbidden|Unauthorized)\b/gi, note: 'a raw server status tells the customer nothing they can act on'},
  {kind: 'error', pattern: /\b(?:nginx|Apache|Microsoft-IIS|openresty|cloudflare)\/\d[\d.]{0,20}/g, note: 'server software versions are backstage details'},
  {kind: 'error', pattern: /\b(?:ECONNREFUSED|ETIMEDOUT|ENOTFOUND|ECONNRESET|EACCES|SQLSTATE|ORA-\d{5}|Segmentation fault|core dumped)\b/g, note: 'a system error code tells the customer nothing they can act on'},
  {kind: 'error', pattern: /\b(?:[Ee]rror|ERROR|[Ee]rr) ?(?:[Cc]ode)? ?[:#]? ?(?:0x[\dA-Fa-f]{4,}|[A-Z]{0,3}-?\d{3,})\b/g, note: 'an error number alone tells the customer nothing they can act on', fineWithExplanation: true},
  // A hexadecimal status (0x80070057) is a program's own word for what broke, however it is framed.
  {kind: 'error', pattern: /\b0x[\dA-Fa-f]{2,16}\b/g, note: 'a hexadecimal error code tells the customer nothing they can act on'},
  // An error constant (ERR_SEAT_LIMIT, E_STRIPE_WEBHOOK): the code's name for a failure, often a status
  // (“Status: ERR_SYNC”) rather than a report, so a value here, not a dead end.
  {kind: 'value', pattern: /\bE(?:RR)?_[A-Z\d]{2,30}(?:_[A-Z\d]{1,30}){0,6}\b/g, note: 'an error constant tells the customer nothing they can act on'},
  // Any other constant of the code (PENDING_SAP_SYNC, TEST_USER_03): an enum name, not words.
  // A network's or a code's name given to the customer to type (“Wi-Fi: CAFE_GUEST”) is not one.
  {kind: 'value', pattern: /(?<!(?:Wi-?Fi|WiFi|[Nn]etwork|SSID|[Pp]assword|[Cc]ode)\b[^\w\n]{1,3})\b(?!E(?:RR)?_)[A-Z][A-Z\d]{1,30}(?:_[A-Z\d]{1,30}){1,6}\b/g, note: 'an internal status or field name tells the customer nothing about their order'},
  // A debug line's key=value pairs (userId=884213, flag_auto_reject=true); in backticks, a help text quoting a parameter.
  {kind: 'value', pattern: /(?<!`)\b[a-z][a-z\d]{0,30}(?:_[a-z\d]{1,30}|[A-Z][a-z\d]{1,30}){1,4}=[\w.-]{1,40}/g, note: 'debug output tells the customer the screen was never meant for them'},
  // An HTTP status said as the seller's tools saw it (“a 502 from the orders service”, “webhook 500”).
  {kind: 'error', pattern: /\b(?:HTTP|[Ww]ebhook|API|got an?|returned an?|status(?: code)?) [45]\d\d\b(?! from your)/g, note: 'a raw server status tells the customer nothing they can act on'},
  // A field or a status in snake_case (date_of_birth, card_declined) among other words; quoted or in
  // brackets, a help text naming a parameter; alone, a catalog's key or a scope's name, not copy.
  {kind: 'value', pattern: snakeCaseAmongWords, note: 'a field or status name from the code tells the customer nothing about their order'},
  // Raw JSON where a sentence should be.
  {kind: 'value', pattern: /\{"\w{1,40}":/g, note: 'raw data from the code tells the customer the screen was never finished'},
  // A bracketed note to the writer left in: [PLACEHOLDER – insert copy], [ROOM TBC] (a name's note is `bracketedName`'s).
  {kind: 'value', pattern: /\[(?:PLACEHOLDER|INSERT|TBC|TBD|TODO)\b[^\]\n]{0,60}\]|\[[A-Z]{2,20}(?: [A-Z]{2,20}){1,4}\]/g, note: 'a note to the writer tells the customer nobody checked this'},
  // An amount or a count never filled in: £XX,XXX, “Balance: ####”.
  {kind: 'value', pattern: /[£$€]X{1,3}(?:[,.]X{2,3}){0,3}(?![\w])|: ?#{3,8}(?![#\w])/g, note: 'an unfilled amount tells the customer the message was never finished'}
]

// The distinctive part of every pattern above, as one alternation of
// literals: most copy (and most code-heavy Markdown) fails it at once.
const quick = new RegExp(
  [
    String.raw`\$\{`,
    String.raw`\{\{`,
    String.raw`\{[A-Za-z]\w{0,40}[_.]`,
    String.raw`\[object`,
    String.raw`\bnull\b`,
    String.raw`\bundefined\b`,
    String.raw`\bNaN\b`,
    String.raw`\bNULL\b`,
    String.raw`Invalid Date`,
    String.raw`[Ll]orem ipsum`,
    String.raw`(?:TODO|FIXME|XXX|TBD):`,
    String.raw`Error\b`,
    String.raw`Exception\b`,
    String.raw`Cannot read`,
    String.raw`Traceback`,
    String.raw`\b[45]\d\d [A-Z]`,
    String.raw`(?:nginx|Apache|IIS|openresty|cloudflare)\/\d`,
    String.raw`\bE(?:CONN|TIMEDOUT|NOTFOUND|ACCES)`,
    String.raw`SQLSTATE`,
    String.raw`ORA-\d`,
    String.raw`Segmentation fault`,
    String.raw`core dumped`,
    String.raw`\b(?:[Ee]rr|ERROR|error)\b`,
    String.raw`%(?:\d\$)?[sd@]`,
    String.raw`\[[A-Z][A-Z\d_]{2}`,
    String.raw`\*\|`,
    String.raw`%%`,
    String.raw`<<`,
    String.raw`1970`,
    String.raw`1969`,
    String.raw`0001-01`,
    String.raw`caught`,
    String.raw`\d ?ms\b`,
    String.raw`INSERT`,
    String.raw`NAME\b`,
    String.raw`\{(?:Customer|First|Last|Full|User|Client|Member|Account|Contact)[A-Z]`,
    String.raw`-1\b`,
    String.raw`[a-z]_[a-z\d]`,
    String.raw`-0\.00`,
    String.raw`#[A-Z]{3}`,
    // A bracketed name's note ends in “name” and up to three words (“[Customer Name]”, “[name here]”).
    String.raw`[Nn][Aa][Mm][Ee](?: [^\]\s]{1,20}){0,3}\]`,
    String.raw`[Ss]tack trace`,
    String.raw`\bat [\w$.]+ \(`,
    String.raw`\$[a-z]`,
    String.raw`SQL error`,
    String.raw`duplicate key`,
    String.raw`constraint`,
    String.raw`database`,
    String.raw`0x[\dA-Fa-f]{2}`,
    String.raw`[A-Z\d]_[A-Z\d]`,
    String.raw`[a-z\d]=[\w.-]`,
    String.raw`(?:HTTP|[Ww]ebhook|API|got an?|returned an?|status(?: code)?) [45]\d\d`,
    String.raw`[£$€]X`,
    String.raw`: ?###`,
    String.raw`\{"\w`,
    String.raw`\[(?:PLACEHOLDER|INSERT|TBC|TBD|TODO|[A-Z]{2,20} [A-Z])`
  ].join('|')
)

/**
 * Pre-filter: whether the text may hold any artifact. Loose (the literals
 * alone); `hasArtifact` is the exact answer, at the price of every pattern.
 */
export function mayHaveArtifact(text: string): boolean {
  return quick.test(text)
}

/** Whether the text holds an artifact: `findArtifacts` finds one (and remembers what it found, for the rule that reads them next). */
export function hasArtifact(text: string): boolean {
  return findArtifacts(text).length > 0
}

// The last few texts scanned and what was found: the pre-filter, both rules that read
// artifacts and the rewrite of each finding ask about the same block or sentence in turn.
// A handful of entries, replaced oldest first: never a cache that grows with the input.
const recentlyFound = new Map<string, readonly Artifact[]>()
const recentLimit = 8
const none: readonly Artifact[] = []

/** The artifacts in `text`, in order, one per span. The list is shared: read it, never change it. */
export function findArtifacts(text: string): readonly Artifact[] {
  const known = recentlyFound.get(text)
  if (known) return known
  const found = scanArtifacts(text)
  if (recentlyFound.size >= recentLimit) recentlyFound.delete(recentlyFound.keys().next().value!)
  recentlyFound.set(text, found)
  return found
}

function scanArtifacts(text: string): readonly Artifact[] {
  if (!quick.test(text)) return none
  const found: Artifact[] = []
  for (const {kind, pattern, note, fineWithExplanation = false} of patterns) {
    for (const match of text.matchAll(pattern)) {
      const from = match.index
      found.push({kind, from, to: from + match[0].length, note, fineWithExplanation})
    }
  }

  // Two shapes may read one leak alike (“[CUSTOMER NAME]” is a name's note and a note in capitals): it is one artifact.
  const seen = new Set<string>()
  const distinct: Artifact[] = []
  for (const artifact of found.sort((a, b) => a.from - b.from)) {
    const key = `${artifact.from}:${artifact.to}`
    if (seen.has(key)) continue
    seen.add(key)
    distinct.push(artifact)
  }

  return distinct
}

export interface ArtifactGroup {
  readonly kind: ArtifactKind
  readonly from: number
  readonly to: number
  readonly note: string
  readonly fineWithExplanation: boolean
}

const memo = new WeakMap<object, ArtifactGroup[]>()
const sentenceEnd = /[.!?\n]\s/

/**
 * Artifacts of one paragraph, with neighbours that form one leak merged
 * (“TypeError: Cannot read properties of undefined” is one finding, not
 * three). Memoised per paragraph: two rules read it.
 */
export function artifactGroups(paragraph: {readonly text: string}): ArtifactGroup[] {
  const cached = memo.get(paragraph)
  if (cached) return cached
  const groups: ArtifactGroup[] = []
  const text = paragraph.text
  for (const artifact of findArtifacts(text)) {
    const previous = groups.at(-1)
    if (previous && artifact.from <= previous.to + maximumJoin && !sentenceEnd.test(text.slice(previous.to, artifact.from))) {
      groups[groups.length - 1] = {
        ...previous,
        kind: previous.kind === 'error' || artifact.kind === 'error' ? 'error' : 'value',
        to: Math.max(previous.to, artifact.to),
        fineWithExplanation: previous.fineWithExplanation && artifact.fineWithExplanation
      }
    } else {
      groups.push(artifact)
    }
  }

  memo.set(paragraph, groups)
  return groups
}

// Characters allowed between two artifacts that belong to one leak.
const maximumJoin = 40
