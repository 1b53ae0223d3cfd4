/**
 * Directives in catalog comments: PO/POT and YAML `#`, XLIFF and Android
 * `<!-- -->`, Apple `.strings` C comments (block and `//`). One grammar (the Markdown
 * one): next-line covers the whole message after the comment, ranges and
 * disable-line work by position, reasons are kept, unknown rules are errors,
 * --report-unused-directives reports the ones that suppressed nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brief, byFile, runJson, type JsonResult} from './run-cli.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-catalog-directives-'))
afterAll(() => fs.rmSync(root, {recursive: true, force: true}))

const files: Record<string, string> = {
  'messages.po': `msgid ""
msgstr ""
"Language: en\\n"

# counterside-disable-next-line sales-jargon -- staff-only till screen
#: src/till.js:12
#, c-format
msgid "Upsell the extended warranty."
msgstr "Upsell the extended warranty."

#. counterside-disable-next-line permission-gate -- from a source comment
msgid "Please wait for manager approval."
msgstr ""

msgid "Upsell the protection plan."
msgstr ""

# counterside-disable-next-line pressure-selling
msgid "Thank you."
msgstr ""

# counterside-disable-next-line no-such-rule
msgid "Thanks."
msgstr ""
`,
  'checkout.yml': `en:
  # counterside-disable-next-line sales-jargon -- staff only
  upsell: Upsell the extended warranty.
  # counterside-disable-next-line sales-jargon
  long: >
    Our team will
    Upsell the warranty.
  # counterside-disable permission-gate
  wait: Please wait for manager approval.
  # counterside-enable permission-gate
  again: Please wait for manager approval.
  pitch: Upsell the extended warranty. # counterside-disable-line sales-jargon
  quoted: "Upsell the plan # counterside-disable-line sales-jargon"
`,
  'messages.xlf': `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="en" datatype="plaintext" original="x"><body>
<!-- counterside-disable-next-line sales-jargon -- legacy kiosk -->
<trans-unit id="upsell">
  <source>Upsell the extended warranty.</source>
</trans-unit>
<trans-unit id="wait">
  <!-- counterside-disable-next-line permission-gate -->
  <source>Please wait for manager approval.</source>
</trans-unit>
<trans-unit id="kept"><source>Upsell the extended warranty.</source></trans-unit>
<!-- counterside-disable-next-line shouting -->
<trans-unit id="thanks"><source>Thanks.</source></trans-unit>
</body></file></xliff>
`,
  'res/values/strings.xml': `<resources>
  <!-- counterside-disable-next-line sales-jargon -- staff build only -->
  <string name="upsell">Upsell the extended warranty.</string>
  <!-- counterside-disable-next-line permission-gate -->
  <plurals name="wait">
    <item quantity="one">Please wait for manager approval.</item>
    <item quantity="other">Please wait for manager approval.</item>
  </plurals>
  <string name="kept">Upsell the extended warranty.</string>
  <!-- counterside-disable-next-line shouting -->
  <string name="thanks">Thanks.</string>
</resources>
`,
  'en.lproj/Localizable.strings': `/* counterside-disable-next-line sales-jargon -- staff screen */
"upsell" = "Upsell the extended warranty.";
// counterside-disable-next-line permission-gate
"wait" = "Please wait for manager approval.";
"kept" = "Upsell the extended warranty."; // counterside-disable-line permission-gate
"pitch" = "Upsell the extended warranty."; /* counterside-disable-line sales-jargon */
"slashes" = "Upsell // counterside-disable-line sales-jargon";
`
}

for (const [name, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
  fs.writeFileSync(path.join(root, name), content)
}

// The template is the same catalog with no translations.
fs.writeFileSync(path.join(root, 'messages.pot'), files['messages.po']!.replace('"Language: en\\n"\n', '').replace('msgstr "Upsell the extended warranty."', 'msgstr ""'))

const suppressed = (result: JsonResult | undefined): Array<[string | null, number, string | undefined]> => (result?.suppressedMessages ?? []).map((message) => [message.ruleId, message.line, message.suppressions[0]?.justification])

describe('directives in catalog comments', () => {
  const {results} = runJson([...Object.keys(files), 'messages.pot', '--report-unused-directives'], {cwd: root})

  it('PO: # and #. comments cover the next entry, references and flags in between, msgid and msgstr', () => {
    const po = byFile(results, 'messages.po')
    expect(brief(po)).toEqual(['sales-jargon@15:8-15:14 Upsell the protection plan.', '-@18:1-18:49', '-@22:1-22:45'])
    expect(po?.messages[1]).toMatchObject({severity: 1, message: 'Unused counterside-disable-next-line directive (no problems were reported from `pressure-selling`)'})
    expect(po?.messages[2]).toMatchObject({severity: 2})
    expect(po?.messages[2]?.message).toMatch(/^Unknown rule `no-such-rule` in a counterside-disable-next-line directive/)
    expect(suppressed(po)).toEqual([
      ['sales-jargon', 8, 'staff-only till screen'],
      ['sales-jargon', 9, 'staff-only till screen'],
      ['permission-gate', 12, 'from a source comment']
    ])
  })

  it('POT: the same directives in a template', () => {
    const pot = byFile(results, 'messages.pot')
    expect(brief(pot)).toEqual(['sales-jargon@14:8-14:14 Upsell the protection plan.', '-@17:1-17:49', '-@21:1-21:45'])
    expect(suppressed(pot).map(([rule, line]) => [rule, line])).toEqual([['sales-jargon', 7], ['permission-gate', 11]])
  })

  it('YAML: next-line covers a folded value over several lines; disable/enable ranges; a trailing disable-line; a # inside a string is text', () => {
    const yaml = byFile(results, 'checkout.yml')
    expect(brief(yaml)).toEqual(['permission-gate@11:17-11:42 en.again', 'sales-jargon@13:12-13:18 en.quoted'])
    expect(suppressed(yaml)).toEqual([
      ['sales-jargon', 3, 'staff only'],
      ['sales-jargon', 7, ''],
      ['permission-gate', 9, ''],
      ['sales-jargon', 12, '']
    ])
  })

  it('XLIFF: a comment before <trans-unit> or inside it before <source>; a reason after -- (which XML forbids, but people write)', () => {
    const xliff = byFile(results, 'messages.xlf')
    expect(brief(xliff)).toEqual(['sales-jargon@11:31-11:37 kept', '-@12:1-12:48'])
    expect(xliff?.messages[1]?.message).toBe('Unused counterside-disable-next-line directive (no problems were reported from `shouting`)')
    expect(suppressed(xliff)).toEqual([['sales-jargon', 5, 'legacy kiosk'], ['permission-gate', 9, '']])
  })

  it('Android: a comment before <plurals> covers all its items', () => {
    const android = byFile(results, 'res/values/strings.xml')
    expect(brief(android)).toEqual(['sales-jargon@9:23-9:29 kept', '-@10:3-10:50'])
    expect(suppressed(android)).toEqual([['sales-jargon', 3, 'staff build only'], ['permission-gate', 6, ''], ['permission-gate', 7, '']])
  })

  it('Apple .strings: block and line comments, before an entry or after it on its line; // inside a string is text', () => {
    const strings = byFile(results, 'Localizable.strings')
    expect(brief(strings)).toEqual(['sales-jargon@5:11-5:17 kept', '-@5:43-5:86', 'sales-jargon@7:14-7:20 slashes'])
    expect(strings?.messages[1]?.message).toBe('Unused counterside-disable-line directive (no problems were reported from `permission-gate`)')
    expect(suppressed(strings)).toEqual([['sales-jargon', 2, 'staff screen'], ['permission-gate', 4, ''], ['sales-jargon', 6, '']])
  })
})

describe('a reason after a lone - (XML-safe)', () => {
  it('is kept like one after --', () => {
    fs.writeFileSync(path.join(root, 'res/values/dash.xml'), '<resources>\n  <!-- counterside-disable-next-line sales-jargon - staff build only -->\n  <string name="upsell">Upsell the extended warranty.</string>\n</resources>\n')
    const {results} = runJson(['res/values/dash.xml'], {cwd: root})
    expect(brief(results[0])).toEqual([])
    expect(suppressed(results[0])).toEqual([['sales-jargon', 3, 'staff build only']])
  })
})
