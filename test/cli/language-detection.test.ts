/**
 * Never pass English copy unchecked: a file name is a language only when it
 * is a real code, short English catalogs are linted (not "detected" as
 * Spanish), `.pot` templates are English, the user's word beats detection,
 * and unchecked files count for --max-warnings and --fail-on-unchecked.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {byFile, runCli, runJson, type JsonResult} from './run-cli.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-language-'))
afterAll(() => fs.rmSync(root, {recursive: true, force: true}))

function write(relativePath: string, content: string): string {
  const file = path.join(root, relativePath)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return relativePath
}

const catalog = (strings: readonly string[]): string => `${JSON.stringify(Object.fromEntries(strings.map((text, index) => [`s${index}`, text])), null, 2)}\n`
// Linted, this is a permission-gate finding: proof that the file was checked.
const trigger = 'Please wait for manager approval.'
const notChecked = (result: JsonResult | undefined): string[] => (result?.messages ?? []).filter((message) => message.message.startsWith('Not checked')).map((message) => message.message)
const rules = (result: JsonResult | undefined): Array<string | null> => (result?.messages ?? []).map((message) => message.ruleId)

const english = {
  terminal: ['Insert card', 'Approved', 'Declined', 'Supervisor override required', 'Remove card', 'Enter PIN', 'Card read error', 'Use chip reader', 'Contactless limit exceeded', 'Transaction cancelled', 'Please wait'],
  settings: ['Save', 'Cancel', 'Delete', 'Edit profile', 'Change password', 'Notifications', 'Privacy', 'Language', 'Log out', 'Are you sure?', 'Yes', 'No', 'OK', 'Undo', 'Redo', 'Copy', 'Paste', 'Upload photo', 'Download invoice', 'Contact us'],
  cafe: ['Café menu', 'Save', 'Cancel', 'Delete', 'Edit profile', 'Change password', 'Notifications', 'Privacy', 'Log out', 'Are you sure?', 'Undo', 'Redo', 'Copy', 'Paste', 'Upload photo', 'Download invoice'],
  till: ['Total', 'Subtotal', 'Tax', 'Discount', 'Cash', 'Credit', 'Debit', 'Change due', 'Void item', 'No sale', 'Refund', 'Exchange', 'Manager approval', 'Price override', 'Quantity'],
  errors: ['Network error', 'Payment declined', 'Session expired', 'Invalid code', 'Not found', 'Server unavailable', 'Retry', 'Contact support']
}

const foreign = {
  French: ['Insérez la carte', 'Approuvé', 'Refusé', 'Autorisation du superviseur requise', 'Retirez la carte', 'Saisissez votre code', 'Code incorrect', 'Traitement en cours', 'Veuillez réessayer'],
  German: ['Karte einstecken', 'Genehmigt', 'Abgelehnt', 'Freigabe durch Vorgesetzten erforderlich', 'Karte entnehmen', 'PIN eingeben', 'Falsche PIN', 'Wird bearbeitet', 'Bitte erneut versuchen'],
  Spanish: ['Inserte la tarjeta', 'Aprobado', 'Rechazado', 'Se requiere autorización del supervisor', 'Retire la tarjeta', 'Introduzca el PIN', 'PIN incorrecto', 'Procesando', 'Inténtelo de nuevo'],
  Polish: ['Włóż kartę', 'Zatwierdzono', 'Odrzucono', 'Wymagana zgoda kierownika', 'Wyjmij kartę', 'Wprowadź PIN', 'Nieprawidłowy PIN', 'Przetwarzanie', 'Spróbuj ponownie'],
  Japanese: ['カードを挿入してください', '承認されました', '拒否されました', '責任者の承認が必要です', 'カードを取り出してください', '暗証番号を入力してください']
}

describe('language from a file name', () => {
  const words = ['pos', 'ui', 'app', 'nav', 'err', 'new', 'min']
  for (const word of words) write(`names/locales/${word}.json`, catalog(['Your receipt', trigger]))
  for (const name of ['eng', 'en-GB', 'en_US']) write(`names/locales/${name}.json`, catalog(['Your receipt', trigger]))
  write('names/locales/pt_BR.json', catalog(['Your receipt', trigger]))
  write('names/locales/zh-Hant-TW.json', catalog(['Your receipt', trigger]))
  write('names/locales/fil.json', catalog(['Your receipt', trigger]))
  write('names/res/values-pt-rBR/strings.xml', `<resources><string name="wait">${trigger}</string></resources>\n`)
  const {results} = runJson(['names'], {cwd: root})

  it.each(words)('lints locales/%s.json with English copy: the name is a word, not a language code', (word) => {
    const result = byFile(results, `locales/${word}.json`)
    expect(notChecked(result)).toEqual([])
    expect(rules(result)).toEqual(['permission-gate'])
  })

  it.each(['eng', 'en-GB', 'en_US'])('lints locales/%s.json as English', (name) => {
    expect(rules(byFile(results, `locales/${name}.json`))).toEqual(['permission-gate'])
  })

  it('reads real tags (BCP 47 with script and region, underscores, Android\'s rBR, three-letter codes) and names the language', () => {
    expect(notChecked(byFile(results, 'locales/pt_BR.json'))).toEqual(['Not checked: this JSON catalog is in Portuguese (pt_BR), and counterside checks English copy only. Lint the English source catalog instead.'])
    expect(notChecked(byFile(results, 'locales/zh-Hant-TW.json'))[0]).toContain('is in Chinese (zh-Hant-TW)')
    expect(notChecked(byFile(results, 'locales/fil.json'))[0]).toContain('is in Filipino (fil)')
    expect(notChecked(byFile(results, 'values-pt-rBR/strings.xml'))[0]).toContain('is in Portuguese (pt-rBR)')
  })
})

describe('detection from the copy', () => {
  for (const [name, strings] of Object.entries(english)) write(`short/en/${name}.json`, catalog([...strings, trigger]))
  for (const [name, strings] of Object.entries(foreign)) write(`short/other/${name}.json`, catalog(strings))
  const {results} = runJson(['short/en/terminal.json', 'short/en/settings.json', 'short/en/cafe.json', 'short/en/till.json', 'short/en/errors.json', ...Object.keys(foreign).map((name) => `short/other/${name}.json`)], {cwd: root})

  it.each(Object.keys(english))('lints the short English catalog %s.json (no false "looks like Spanish")', (name) => {
    const result = byFile(results, `short/en/${name}.json`)
    expect(notChecked(result)).toEqual([])
    expect(rules(result)).toContain('permission-gate')
  })

  it.each(Object.entries(foreign).map(([name]) => [name, {French: 'fra', German: 'deu', Spanish: 'spa', Polish: 'pol', Japanese: 'jpn'}[name]]))('still reports a short %s catalog as not checked, naming the language', (name, code) => {
    const result = byFile(results, `short/other/${name}.json`)
    expect(result?.messages).toHaveLength(1)
    expect(result?.messages[0]).toMatchObject({ruleId: null, severity: 1, line: 1, column: 1})
    expect(result?.messages[0]?.message).toBe(`Not checked: this file looks like ${name} (${code}); counterside checks English copy only. Lint the English source catalog instead. If it is English, say so with --language en or "language": "en" in the config.`)
  })
})

describe('gettext templates', () => {
  const entries = [...english.terminal, trigger].map((text) => `msgid "${text}"\nmsgstr ""\n`).join('\n')
  const header = (language: string): string => `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${language}\\n"\n\n`
  write('pot/messages.pot', header('') + entries)
  // A template inside a locale folder is still the source copy.
  write('pot/locales/fr/messages.pot', header('') + entries)
  write('pot/declared.pot', header('fr') + entries)
  const {results} = runJson(['pot/messages.pot', 'pot/locales/fr/messages.pot', 'pot/declared.pot'], {cwd: root})

  it('lints a .pot as English: its msgids are the source language', () => {
    for (const file of ['pot/messages.pot', 'fr/messages.pot']) {
      expect(notChecked(byFile(results, file))).toEqual([])
      expect(rules(byFile(results, file))).toContain('permission-gate')
    }
  })

  it('believes a .pot header that names another language', () => {
    expect(notChecked(byFile(results, 'declared.pot'))[0]).toContain('this gettext template is in French (fr)')
  })
})

describe('the user\'s word over detection', () => {
  write('say/other.json', catalog([...foreign.French, trigger]))
  write('say/locales/de/checkout.json', catalog([trigger]))
  write('say/config/.countersiderc.json', '{"language": "en"}\n')
  fs.copyFileSync(path.join(root, 'say/other.json'), path.join(root, 'say/config/other.json'))

  it('--language en lints a file detection calls French', () => {
    expect(notChecked(runJson(['say/other.json'], {cwd: root}).results[0])).toHaveLength(1)
    const {results, code} = runJson(['say/other.json', '--language', 'en'], {cwd: root})
    expect(code).toBe(1)
    expect(rules(results[0])).toEqual(['permission-gate'])
  })

  it('config "language": "en" does the same', () => {
    expect(rules(runJson(['other.json'], {cwd: path.join(root, 'say/config')}).results[0])).toEqual(['permission-gate'])
  })

  it('does not override a language the path declares: locales/de/ stays not checked', () => {
    expect(notChecked(runJson(['say/locales/de/checkout.json', '--language', 'en'], {cwd: root}).results[0])[0]).toContain('is in German (de)')
  })

  it('rejects --language values that are not English or not a language, exit 2', () => {
    const french = runCli(['say/other.json', '--language', 'fr'], {cwd: root})
    expect(french.code).toBe(2)
    expect(french.stderr).toContain('counterside checks English copy only; files in French are reported as not checked without this flag')
    const word = runCli(['say/other.json', '--language', 'pos'], {cwd: root})
    expect(word.code).toBe(2)
    expect(word.stderr).toContain('not a language code')
  })
})

describe('unchecked files in a CI gate', () => {
  write('gate/fr.json', catalog(foreign.French))
  write('gate/strict/.countersiderc.json', '{"failOnUnchecked": true}\n')
  write('gate/strict/fr.json', catalog(foreign.French))
  write('gate/bad/.countersiderc.json', '{"failOnUnchecked": "yes"}\n')
  write('gate/bad/fr.json', catalog(foreign.French))

  it('counts a not-checked file as a warning for --max-warnings', () => {
    const gate = runCli(['gate/fr.json', '--max-warnings', '0'], {cwd: root})
    expect(gate.code).toBe(1)
    expect(gate.stderr).toContain('1 warnings, more than --max-warnings 0')
  })

  it('--fail-on-unchecked makes it an error, exit 1', () => {
    const {code, results} = runJson(['gate/fr.json', '--fail-on-unchecked'], {cwd: root})
    expect(code).toBe(1)
    expect(results[0]).toMatchObject({errorCount: 1, warningCount: 0, fatalErrorCount: 0})
  })

  it('config "failOnUnchecked": true does the same; a non-boolean is a config error', () => {
    expect(runJson(['fr.json'], {cwd: path.join(root, 'gate/strict')})).toMatchObject({code: 1, results: [{errorCount: 1}]})
    const bad = runCli(['fr.json'], {cwd: path.join(root, 'gate/bad')})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('failOnUnchecked')
    expect(bad.stderr).toContain('expected `true` or `false`, got "yes"')
  })
})
