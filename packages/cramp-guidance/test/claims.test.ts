import { describe, expect, it } from 'vitest'
import claims from '../data/claims.json'
import { withClaims } from '../src/claims'
import { availableLocales, getGuidance } from '../src/index'

describe('patterns of the claims the tips correct', () => {
  it.each(availableLocales)(
    'are attached to the %s tips, as valid regular expressions',
    (locale) => {
      const set = getGuidance(locale)
      const withPatterns = set.tips.filter((tip) => tip.corrects)
      expect(withPatterns.map((tip) => tip.id).sort()).toEqual(Object.keys(claims).sort())
      for (const tip of withPatterns) {
        const patterns = tip.corrects?.patterns ?? []
        expect(patterns).toEqual(claims[tip.id as keyof typeof claims][locale])
        for (const pattern of patterns) expect(() => new RegExp(pattern, 'iu')).not.toThrow()
      }
    },
  )

  it('cover every misconception tip', () => {
    const misconceptions = getGuidance('en').tips.filter((tip) => tip.aspect === 'misconceptions')
    for (const tip of misconceptions) expect(Object.keys(claims)).toContain(tip.id)
  })

  it('name only tips the set has', () => {
    expect(() => withClaims({ locale: 'en', tips: [{ id: 'a' }] }, { b: { en: ['x'] } })).toThrow(
      'data/claims.json names tip "b", which data/en.json does not have',
    )
  })
})
