/**
 * The reviewers' catalog labels are keyed by a string's text as linted (its
 * ICU branch, placeholders masked). A label whose text no catalog string has
 * any more (a masking change, a package bump) would silently count that
 * string as breaking no rule; every label must still find its string.
 */
import {expect, it} from 'vitest'
import {labelKey, readCatalogLabels} from '../src/catalog-labels.js'
import {loadSources} from '../src/index.js'

it('every catalog label still names a catalog string as it is linted', () => {
  const linted = new Set(loadSources().catalog.map((string) => labelKey(string.package, string.text)))
  const labels = [...readCatalogLabels().keys()]
  expect(labels.length).toBeGreaterThan(1000)
  expect(labels.filter((key) => !linted.has(key)).map((key) => key.replace('\u0000', ': '))).toEqual([])
})
