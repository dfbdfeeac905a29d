import { parseGuidanceSet, toJsonLd } from '@healthmark/schema'
import { describe, expect, it } from 'vitest'
import { availableLocales, getGuidance } from '../src/index'

describe.each(availableLocales)('the %s set with @healthmark/schema', (locale) => {
  const set = getGuidance(locale)

  it('passes parseGuidanceSet unchanged', () => {
    expect(parseGuidanceSet(set)).toEqual(set)
  })

  it('becomes a MedicalWebPage with one part per tip and every source cited', () => {
    const url = `https://example.org/${locale}/muscle-cramps`
    const page = toJsonLd(set, { url })
    expect(page['@type']).toBe('MedicalWebPage')
    expect(page.lastReviewed).toBe(set.lastReviewed)
    expect(JSON.stringify(page.about)).toContain(JSON.stringify(set.condition.name))

    const tipParts = page.hasPart.filter((part) =>
      set.tips.some((tip) => part['@id'] === `${url}#${tip.id}`),
    )
    expect(tipParts).toHaveLength(set.tips.length)
    for (const part of tipParts) {
      expect(String(part.hasHealthAspect)).toMatch(/^https:\/\/schema\.org\/\w+HealthAspect$/)
    }

    const json = JSON.stringify(page)
    const urls = new Set(
      [
        ...set.tips.flatMap((t) => t.evidence.sources),
        ...set.redFlags.flatMap((f) => f.sources),
      ].map((source) => source.url),
    )
    for (const sourceUrl of urls) expect(json).toContain(JSON.stringify(sourceUrl))
  })
})
