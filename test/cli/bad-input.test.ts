/** Unreadable, binary, invalid UTF-8 and malformed catalogs: one clear message each, exit 2, the rest still linted. */
import {describe, expect, it} from 'vitest'
import {brief, byFile, runCli, runJson} from './run-cli.js'

describe('bad input', () => {
  const {code, results, stderr} = runJson(['bad', 'bad/missing.md'])

  it('exits 2 and still lints the good file', () => {
    expect(code).toBe(2)
    expect(brief(byFile(results, 'bad/good.txt'))).toEqual(['permission-gate@1:8-1:33'])
  })

  it.each([
    ['bad/logo.txt', 1, 11, 'binary file (it contains NUL bytes), not text. Fix: remove it from the paths, or add it to .countersideignore.'],
    ['bad/latin1.md', 3, 4, 'invalid UTF-8 at byte 9. Fix: re-save the file as UTF-8.'],
    ['bad/locales/en/broken.json', 4, 1, 'malformed JSON: expected a quoted property name. Fix:'],
    ['bad/locales/en/broken.yml', 4, 1, 'malformed YAML: Missing closing "quote. Fix:'],
    ['bad/broken.po', 4, 1, 'malformed PO: unexpected text "msgid Transaction failed". Fix:'],
    ['bad/broken.xlf', 4, 8, "malformed XLIFF: Expected closing tag 'file'"],
    ['bad/missing.md', 1, 1, 'cannot read the file: no such file or folder. Fix:']
  ])('%s gets one fatal message at %i:%i', (file, line, column, text) => {
    const result = byFile(results, file)
    expect(result?.messages).toHaveLength(1)
    expect(result?.fatalErrorCount).toBe(1)
    expect(result?.messages[0]).toMatchObject({ruleId: null, severity: 2, fatal: true, line, column})
    expect(result?.messages[0]?.message.startsWith(text)).toBe(true)
    // Machine formats on stdout: the reason goes to stderr as well.
    expect(stderr).toContain(`${file}:${line}:${column}: ${text}`)
  })

  it('shows fatal messages with file and line in stylish output', () => {
    const result = runCli(['bad/broken.po'])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('bad/broken.po\n  4:1  error    malformed PO')
  })

  it('exits 2 on a usage error', () => {
    const result = runCli(['--format', 'xml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, rdjson")
    expect(runCli(['--no-such-flag']).code).toBe(2)
  })
})
