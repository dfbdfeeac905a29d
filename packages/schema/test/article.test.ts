import type { MedicalWebPage } from 'schema-dts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ArticleConditionSchema,
  type ArticleJsonLd,
  ArticleReviewerSchema,
  HealthTipSchema,
  ReviewedBySchema,
  serializeJsonLd,
  toArticleJsonLd,
} from '../src/index'
import { validSet } from './fixtures'

describe('article front-matter schemas', () => {
  it('accept a name, a reviewer or a list of either for reviewedBy', () => {
    for (const value of ['Dr A', { name: 'Dr A', credential: 'MD' }, ['Dr A', { name: 'Dr B' }]]) {
      expect(ReviewedBySchema.safeParse(value).success).toBe(true)
    }
    for (const value of [
      [],
      42,
      { name: 'Dr A', credentials: 'MD' },
      { name: 'Dr A', url: 'http://x.org' },
    ]) {
      expect(ReviewedBySchema.safeParse(value).success).toBe(false)
    }
    expect(ArticleReviewerSchema.safeParse({ name: '' }).success).toBe(false)
  })

  it('accept a condition name or a full condition', () => {
    expect(ArticleConditionSchema.safeParse('Leg cramps').success).toBe(true)
    expect(ArticleConditionSchema.safeParse({ name: 'Leg cramps', icd10: 'R25.2' }).success).toBe(
      true,
    )
    expect(ArticleConditionSchema.safeParse({ icd10: 'R25.2' }).success).toBe(false)
  })

  it('let a tip list the claims it corrects, as at least one non-empty pattern', () => {
    const [tip] = validSet().tips
    const withPatterns = { ...tip, corrects: { patterns: ['tonic water.{0,20}cramp'] } }
    expect(HealthTipSchema.safeParse(withPatterns).success).toBe(true)
    expect(HealthTipSchema.safeParse({ ...tip, corrects: { patterns: [] } }).success).toBe(false)
    expect(HealthTipSchema.safeParse({ ...tip, corrects: { patterns: [''] } }).success).toBe(false)
  })
})

describe('toArticleJsonLd', () => {
  const [first, second] = validSet().tips
  const sources = [...(first?.evidence.sources ?? []), ...(second?.evidence.sources ?? [])]

  it('describes an article as a MedicalWebPage with its review, condition and sources', () => {
    const page = toArticleJsonLd({
      headline: 'Leg cramps',
      inLanguage: 'en-GB',
      review: {
        lastReviewed: '2026-10-01',
        reviewedBy: [
          { name: 'Dr A', credential: 'MD' },
          { name: 'Dr B', url: 'https://example.org/b' },
        ],
      },
      about: { name: 'Muscle cramps' },
      sources: [...sources, ...sources],
    })
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'Leg cramps',
      inLanguage: 'en-GB',
      lastReviewed: '2026-10-01',
      reviewedBy: [
        { '@type': 'Person', name: 'Dr A', honorificSuffix: 'MD' },
        { '@type': 'Person', name: 'Dr B', url: 'https://example.org/b' },
      ],
      about: { '@type': 'MedicalCondition', name: 'Muscle cramps' },
    })
    const urls = new Set(sources.map((source) => source.url))
    expect(page.citation?.map((work) => (work as { url: string }).url)).toEqual([...urls])
  })

  it('leaves out every field it has nothing for', () => {
    expect(toArticleJsonLd({ inLanguage: 'de', review: { reviewedBy: [] } })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      inLanguage: 'de',
    })
  })

  it('is a schema-dts MedicalWebPage, and serialises safely for a script element', () => {
    expectTypeOf<ArticleJsonLd>().toExtend<MedicalWebPage>()
    const text = serializeJsonLd(toArticleJsonLd({ headline: '</script><!--', inLanguage: 'en' }))
    expect(text).not.toMatch(/<|>/)
    expect(JSON.parse(text).headline).toBe('</script><!--')
  })
})
