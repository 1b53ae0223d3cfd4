/**
 * "Disable <rule> for this line" per format: the inserted comment must be
 * one the CLI reads as a directive (the finding goes, the file still parses).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {extensions} from 'counterside'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, describe, expect, it} from 'vitest'
import {disableDirectiveEdit} from '../src/disable-directive.js'
import {lintDocument} from '../src/lint-document.js'

const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-directive-')))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['page.md', 'Intro.\n\n  Offer the extended-warranty upsell.\n', '  <!-- counterside-disable-next-line sales-jargon -->\n'],
  ['page.mdx', '# Hi\n\nOffer the extended-warranty upsell.\n', '{/* counterside-disable-next-line sales-jargon */}\n'],
  ['page.html', '<p>Hi</p>\n<p>Offer the extended-warranty upsell.</p>\n', '<!-- counterside-disable-next-line sales-jargon -->\n'],
  ['messages.po', '#: src/till.js:12\nmsgid ""\n"Offer the extended-warranty "\n"upsell."\nmsgstr ""\n', '# counterside-disable-next-line sales-jargon\n'],
  ['locales/messages.yaml', 'checkout:\n  title: >\n    Offer the extended-warranty\n    upsell.\n', '  # counterside-disable-next-line sales-jargon\n'],
  ['messages.xlf', '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" datatype="plaintext" original="a"><body>\n  <trans-unit id="t">\n    <source>Offer the extended-warranty\n      upsell.</source>\n  </trans-unit>\n</body></file></xliff>\n', '    <!-- counterside-disable-next-line sales-jargon -->\n'],
  ['res/values/strings.xml', '<resources>\n  <string name="t">Offer the extended-warranty\n    upsell.</string>\n</resources>\n', '  <!-- counterside-disable-next-line sales-jargon -->\n'],
  ['Localizable.strings', '"t" = "Offer the extended-warranty upsell.";\n', '// counterside-disable-next-line sales-jargon\n']
]

describe('the disable-for-this-line directive', () => {
  it.each(cases)('%s: is written for the format and silences the finding', async (name, text, comment) => {
    // Catalogs where a folder walk takes them (locales/, res/values/): the server lints what the CLI lints.
    const filePath = path.join(folder, name)
    const before = await lintDocument(filePath, text, [folder])
    if (before.kind !== 'report') throw new Error(JSON.stringify(before))
    const finding = before.report.messages.find((message) => message.ruleId === 'sales-jargon')
    expect(finding, JSON.stringify(before.report.messages)).toBeDefined()

    const edit = disableDirectiveEdit(filePath, text, finding!.line - 1, 'sales-jargon')
    expect(edit?.newText).toBe(comment)
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), [edit!])
    const after = await lintDocument(filePath, fixed, [folder])
    if (after.kind !== 'report') throw new Error(after.kind)
    expect(after.report.messages).toEqual([])
  })

  it('offers one for every format the CLI reads that has comments, by every extension', () => {
    for (const extension of extensions.filter((name) => !['json', 'arb', 'txt'].includes(name))) {
      expect(disableDirectiveEdit(`copy.${extension}`, 'x\n', 0, 'sales-jargon'), extension).toBeDefined()
    }
  })

  it('offers none where the format has no comments (JSON, ARB, text)', () => {
    for (const name of ['en.json', 'app_en.arb', 'notes.txt']) expect(disableDirectiveEdit(name, 'x\n', 0, 'sales-jargon')).toBeUndefined()
  })
})
