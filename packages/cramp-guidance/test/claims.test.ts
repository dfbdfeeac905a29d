import { describe, expect, it } from 'vitest'
import de from '../data/claims-de.json'
import en from '../data/claims-en.json'
import { withClaims } from '../src/claims'
import { availableLocales, getGuidance } from '../src/index'

const tables: Record<string, Record<string, string[]>> = { en, de }

describe('patterns of the claims the tips correct', () => {
  it.each(availableLocales)(
    'are attached to the %s tips, as valid regular expressions',
    (locale) => {
      const claims = tables[locale] ?? {}
      const withPatterns = getGuidance(locale).tips.filter((tip) => tip.corrects)
      expect(withPatterns.map((tip) => tip.id).sort()).toEqual(Object.keys(claims).sort())
      for (const tip of withPatterns) {
        const patterns = tip.corrects?.patterns ?? []
        expect(patterns).toEqual(claims[tip.id])
        for (const pattern of patterns) expect(() => new RegExp(pattern, 'iu')).not.toThrow()
      }
    },
  )

  it('cover every misconception tip, with the same tips in every locale', () => {
    const misconceptions = getGuidance('en').tips.filter((tip) => tip.aspect === 'misconceptions')
    for (const tip of misconceptions) expect(Object.keys(en)).toContain(tip.id)
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
  })

  it('name only tips the set has', () => {
    expect(() => withClaims({ locale: 'en', tips: [{ id: 'a' }] }, { b: ['x'] })).toThrow(
      'data/claims-en.json names tip "b", which data/en.json does not have',
    )
  })
})
