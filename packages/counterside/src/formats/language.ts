/**
 * A catalog's language from its path: `locales/fr/checkout.json`,
 * `fr-CA.yml`, `messages.de.json`, `values-es/strings.xml`, `fr.lproj/`.
 * Only names in catalog positions are read, so `src/` or `app/` never count.
 */
const code = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/
const catalogDirectory = /^(?:locales?|i18n|l10n|lang|langs|languages|translations|messages)$/i

export function languageFromPath(filePath: string): string | undefined {
  const parts = filePath.split('/')
  const name = parts.at(-1) ?? ''
  for (const [index, part] of parts.entries()) {
    if (index > 0 && catalogDirectory.test(parts[index - 1]!) && code.test(part) && index < parts.length - 1) return part
    const android = /^values-([a-z]{2,3}(?:-r[A-Z]{2})?)$/.exec(part)
    if (android) return android[1]
    const apple = /^([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.lproj$/.exec(part)
    if (apple) return apple[1]
  }

  const stem = name.replace(/\.[^.]+$/, '')
  const suffix = stem.split('.').at(-1) ?? ''
  // Two letters only here: `data.min.json` is not in the `min` language.
  // Flutter names ARB files `app_ja.arb`, `app_pt_BR.arb`.
  const arb = /_([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(stem)
  if (name.endsWith('.arb') && arb) return arb[1]
  if (code.test(stem) && parts.length > 1 && catalogDirectory.test(parts.at(-2) ?? '')) return stem
  if (stem.includes('.') && /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/.test(suffix)) return suffix
  return undefined
}
