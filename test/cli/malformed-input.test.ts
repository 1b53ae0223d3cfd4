/**
 * Malformed and unusual files, written to a temporary folder: each is read
 * correctly or gets one clear message with its place and the fix (exit 2),
 * never a crash, and the other files are still linted. Deep nesting, alias
 * bombs and entity bombs are sized so that a regression (recursion,
 * expansion) would crash or run for hours rather than pass.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brief, byFile, runCli, runJson, type JsonResult} from './run-cli.js'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-malformed-'))
const secret = `TOPSECRET-${process.pid}-do-not-print`
const secretFile = path.join(folder, 'secret.txt')
const files: Record<string, string | Uint8Array> = {
  'package.json': '{}',
  'good.txt': 'Upsell the warranty.\n',
  'secret.txt': `${secret}\n`,
  // Deep nesting: refused at a stated limit, never a stack overflow.
  'deep.json': '{"a":'.repeat(100_000) + '"x"' + '}'.repeat(100_000),
  'deep-arrays.json': '['.repeat(10_000) + ']'.repeat(10_000),
  'limit.json': '['.repeat(127) + '{"a": "Upsell now"}' + ']'.repeat(127),
  'deep-flow.yml': '['.repeat(10_000) + 'x' + ']'.repeat(10_000),
  'deep-block.yml': Array.from({length: 300}, (_, depth) => `${' '.repeat(depth)}k:\n`).join(''),
  'deep-sequence.yml': `${'- '.repeat(5000)}x\n`,
  'long-number.json': `{"total": ${'9'.repeat(100)}.5e${'1'.repeat(70)}, "label": "Upsell now"}`,
  'duplicate.json': '{\n  "title": "Hello",\n  "title": "Hi"\n}\n',
  'garbage.json': '{"title": "Hello"}\n}\n',
  // XML: a character reference to no character; entities declared in a DOCTYPE are never expanded.
  'code-point.xml': '<resources>\n  <string name="a">Hi &#x110000; there</string>\n</resources>\n',
  'laughs.xml': billionLaughs(),
  'external.xml': `<?xml version="1.0"?>\n<!DOCTYPE resources [\n  <!ENTITY leak SYSTEM "file://${secretFile}">\n]>\n<resources>\n  <string name="a">Read &leak; Upsell</string>\n</resources>\n`,
  'external.xlf': `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY leak SYSTEM "${secretFile}">]>\n<xliff version="1.2"><file source-language="en"><body>\n<trans-unit id="a"><source>Read &leak; Upsell</source></trans-unit>\n</body></file></xliff>\n`,
  'bomb.yml': aliasBomb(),
  // Encodings.
  'overlong.md': Buffer.concat([Buffer.from('# Title\nCafé wor'), Buffer.from([0xc0, 0xaf]), Buffer.from('ld\n')]),
  'surrogate.md': Buffer.concat([Buffer.from('one\ntwo\nab'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]),
  'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'utf16be-bom.strings': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('"greeting" = "Upsell now";\n')]),
  'utf16le.strings': Buffer.from('"greeting" = "Upsell now";\n', 'utf16le'),
  'utf16be.strings': utf16be('"greeting" = "Upsell now";\n'),
  'lone-cr.txt': 'Hello.\rSecond line.\rUpsell now.\r',
  'crlf.txt': 'Hello.\r\nSecond line.\r\nUpsell now.\r\n',
  'lone-cr.po': 'msgid ""\rmsgstr ""\r"Language: en\\n"\r\rmsgid "Hello"\rmsgstr ""\r\rmsgid "Upsell now"\rmsgstr ""\r',
  'lone-cr.yml': 'title: Hello\rbody: Upsell now\r',
  // Malformed catalogs.
  'broken.po': 'msgid "Hello"\nmsgstr ""\n\nmsgid "Unclosed\nmsgstr ""\n',
  'comment.strings': '"a" = "Hello";\n/* never closed\n"b" = "x";\n',
  'semicolon.strings': '"a" = "Hello"\n"b" = "x";\n',
  'plural.json': '{\n  "ok": "Fine",\n  "cart": "You have {n, plural, one {# item other {# items}}"\n}\n',
  // Empty files are clean.
  'empty.md': '',
  'empty.json': '',
  'empty.yml': '',
  'empty.po': '',
  'empty.strings': '',
  'empty.xlf': '',
  'empty.xml': ' \n',
  'empty.html': ''
}
for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content)
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16()
}

/** Ten levels of ten: a billion "lol"s if anything expanded it. */
function billionLaughs(): string {
  let declarations = '  <!ENTITY lol0 "lol">\n'
  for (let level = 1; level <= 10; level++) declarations += `  <!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">\n`
  return `<?xml version="1.0"?>\n<!DOCTYPE resources [\n${declarations}]>\n<resources>\n  <string name="a">&lol10; Upsell</string>\n</resources>\n`
}

/** Each level holds nine aliases of the one before: 9^30 strings if expanded. */
function aliasBomb(): string {
  let text = 'a: &a ["Upsell now"]\n'
  for (let level = 0; level < 30; level++) text += `l${level}: &l${level} [${Array.from({length: 9}, () => `*${level === 0 ? 'a' : `l${level - 1}`}`).join(', ')}]\n`
  return text
}

const names = Object.keys(files).filter((name) => name !== 'package.json' && name !== 'secret.txt')
const run = runJson(names, {cwd: folder})
const result = (name: string): JsonResult | undefined => byFile(run.results, `/${name}`)

function fatal(name: string): {line: number; column: number; message: string} | undefined {
  const messages = result(name)?.messages ?? []
  expect(messages).toHaveLength(1)
  expect(messages[0]).toMatchObject({ruleId: null, severity: 2, fatal: true})
  const message = messages[0]
  return message && {line: message.line, column: message.column, message: message.message}
}

describe('malformed and unusual input', () => {
  it('exits 2, lints every other file, and reports every file once', () => {
    expect(run.code).toBe(2)
    expect(brief(result('good.txt'))).toEqual(['sales-jargon@1:1-1:7'])
    expect(run.results).toHaveLength(names.length)
    expect(run.stderr).not.toMatch(/internal error|please report|Maximum call stack/i)
  })

  it.each([
    ['deep.json', 1, 641, 'JSON nested deeper than 128 levels. Fix: counterside reads catalogs up to 128 levels deep'],
    ['deep-arrays.json', 1, 129, 'JSON nested deeper than 128 levels.'],
    ['deep-flow.yml', 1, 129, 'YAML nested deeper than 128 levels.'],
    ['deep-block.yml', 129, 129, 'YAML nested deeper than 128 levels.'],
    ['deep-sequence.yml', 1, 257, 'YAML nested deeper than 128 levels.'],
    ['duplicate.json', 3, 3, 'duplicate key "title" in a JSON object. Fix: remove or rename one of them'],
    ['garbage.json', 2, 1, 'malformed JSON: unexpected text after the end of the JSON value.'],
    ['code-point.xml', 2, 23, 'malformed Android strings XML: `&#x110000;` is not a character XML allows. Fix:'],
    ['overlong.md', 2, 9, 'invalid UTF-8 at byte 17. Fix: re-save the file as UTF-8.'],
    ['surrogate.md', 3, 3, 'invalid UTF-8 at byte 10.'],
    ['binary.txt', 3, 1, 'binary file (it contains NUL bytes), not text.'],
    ['broken.po', 4, 1, 'malformed PO: expected a string in double quotes after the keyword.'],
    ['comment.strings', 2, 1, 'malformed .strings: a `/*` comment is never closed.'],
    ['semicolon.strings', 2, 1, 'malformed .strings: expected `;` but found "\\"b\\"".'],
    ['plural.json', 3, 51, 'malformed ICU message in "cart": an argument is malformed (a `{` or `}` is missing or extra). Fix: balance the braces']
  ])('%s: one fatal message at %i:%i', (name, line, column, text) => {
    const message = fatal(name)
    expect(message).toMatchObject({line, column})
    expect(message?.message.startsWith(text)).toBe(true)
    expect(run.stderr).toContain(`${name}:${line}:${column}: ${text}`)
  })

  it('lints JSON nested up to the limit, and numbers of any length', () => {
    expect(brief(result('limit.json'))).toEqual([`sales-jargon@1:135-1:141 ${'0.'.repeat(127)}a`])
    expect(brief(result('long-number.json'))).toEqual(['sales-jargon@1:196-1:202 label'])
  })

  it('reads UTF-16 in both byte orders, with a byte order mark or without', () => {
    for (const name of ['utf16be-bom.strings', 'utf16le.strings', 'utf16be.strings']) expect(brief(result(name)), name).toEqual(['sales-jargon@1:15-1:21 greeting'])
  })

  it('counts lone CR and CRLF as line breaks', () => {
    expect(brief(result('lone-cr.txt'))).toEqual(['sales-jargon@3:1-3:7'])
    expect(brief(result('crlf.txt'))).toEqual(['sales-jargon@3:1-3:7'])
    expect(brief(result('lone-cr.po'))).toEqual(['sales-jargon@8:8-8:14 Upsell now'])
    expect(brief(result('lone-cr.yml'))).toEqual(['sales-jargon@2:7-2:13 body'])
  })

  it('never expands entities: a billion laughs costs nothing, and an external entity reads no file', () => {
    expect(brief(result('laughs.xml'))).toEqual(['sales-jargon@16:28-16:34 a'])
    expect(brief(result('external.xml'))).toEqual(['sales-jargon@6:32-6:38 a'])
    expect(brief(result('external.xlf'))).toEqual(['sales-jargon@4:40-4:46 a'])
    const stylish = runCli(['external.xml', 'external.xlf', 'laughs.xml', '--format', 'stylish'], {cwd: folder})
    for (const output of [JSON.stringify(run.results), run.stderr, stylish.stdout, stylish.stderr]) {
      expect(output).not.toContain(secret)
      expect(output).not.toContain('lollol')
    }
  })

  it('lints the copy of a YAML alias bomb once, where its anchor is', () => {
    expect(brief(result('bomb.yml'))).toEqual(['sales-jargon@1:9-1:15 a.0'])
  })

  it('finds nothing in empty files', () => {
    for (const name of names.filter((each) => each.startsWith('empty.'))) expect(result(name)?.messages, name).toEqual([])
  })
})
