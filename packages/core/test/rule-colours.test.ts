import {describe, expect, it} from 'vitest'
import {noticeColour, ruleColour, ruleColours, rules} from '../src/index.js'

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
      return channel <= 0.039_28 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }

  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

const all = [...Object.entries(ruleColours), ['notice', noticeColour] as const]

describe('rule colours', () => {
  it('has one for every rule in the registry, and no other', () => {
    expect(Object.keys(ruleColours).sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  it.each(all)('%s: the line colour reads on white (4.5:1) and dark text reads on the tint (12:1)', (_, colour) => {
    expect(contrast(colour.line, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#1f2937', colour.tint)).toBeGreaterThanOrEqual(12)
  })

  it('gives every rule its own line colour and tint', () => {
    expect(new Set(all.map(([, colour]) => colour.line)).size).toBe(all.length)
    expect(new Set(all.map(([, colour]) => colour.tint)).size).toBe(all.length)
  })

  it('falls back to the notice colour for no rule or an unknown one', () => {
    expect(ruleColour(null)).toBe(noticeColour)
    expect(ruleColour('no-such-rule')).toBe(noticeColour)
    expect(ruleColour('shouting')).toBe(ruleColours.shouting)
  })
})
