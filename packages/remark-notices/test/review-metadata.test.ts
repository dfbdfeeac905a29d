import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { isStale, reviewDueDate } from '../src/review/age'
import { readArticleMetadata } from '../src/review/metadata'

const TODAY = '2026-12-02'

function fileWith(data: Record<string, unknown>): VFile {
  return new VFile({ value: '', data })
}

describe('review metadata from front matter', () => {
  it('reads lastReviewed and reviewedBy at the top level of vfile-matter', () => {
    const file = fileWith({
      matter: {
        lastReviewed: '2026-10-01',
        reviewedBy: { name: 'Dr A. Example', credential: 'MD', url: 'https://example.org/a' },
      },
    })
    expect(readArticleMetadata(file, TODAY)).toEqual({
      review: {
        lastReviewed: '2026-10-01',
        reviewedBy: [{ name: 'Dr A. Example', credential: 'MD', url: 'https://example.org/a' }],
      },
      condition: undefined,
      title: undefined,
      problems: [],
    })
  })

  it('prefers the healthmark: block, and reads file.data.frontmatter and Astro', () => {
    const nested = fileWith({
      frontmatter: { lastReviewed: '2025-01-01', healthmark: { lastReviewed: '2026-01-02' } },
    })
    expect(readArticleMetadata(nested, TODAY).review?.lastReviewed).toBe('2026-01-02')
    const astro = fileWith({ astro: { frontmatter: { reviewedBy: ['Dr B', { name: 'Dr C' }] } } })
    expect(readArticleMetadata(astro, TODAY).review).toEqual({
      reviewedBy: [{ name: 'Dr B' }, { name: 'Dr C' }],
    })
  })

  it('takes the Date that js-yaml makes of an unquoted date', () => {
    const file = fileWith({ matter: { lastReviewed: new Date('2026-03-04T00:00:00Z') } })
    expect(readArticleMetadata(file, TODAY).review?.lastReviewed).toBe('2026-03-04')
  })

  it('has no review when the document names none, and reads a condition', () => {
    const file = fileWith({ matter: { title: ' Leg cramps ', condition: 'Muscle cramp' } })
    expect(readArticleMetadata(file, TODAY)).toEqual({
      review: undefined,
      condition: { name: 'Muscle cramp' },
      title: 'Leg cramps',
      problems: [],
    })
    const full = fileWith({ matter: { condition: { name: 'Leg cramps', icd10: 'R25.2' } } })
    expect(readArticleMetadata(full, TODAY).condition).toEqual({
      name: 'Leg cramps',
      icd10: 'R25.2',
    })
  })

  it('reports each invalid value with its field and what was expected, and keeps the rest', () => {
    const file = fileWith({
      matter: {
        healthmark: { lastReviewed: '1 Oct 2026' },
        reviewedBy: [
          'Dr A',
          { name: 'Dr B', url: 'http://insecure.example' },
          42,
          { credentials: 'MD', name: 'Dr D' },
        ],
        condition: 7,
      },
    })
    const { review, problems } = readArticleMetadata(file, TODAY)
    expect(review).toEqual({ reviewedBy: [{ name: 'Dr A' }] })
    expect(problems).toEqual([
      {
        field: 'healthmark.lastReviewed',
        reason: 'expected a date written as YYYY-MM-DD, got "1 Oct 2026"',
      },
      { field: 'reviewedBy[1].url', reason: expect.stringContaining('https:') },
      {
        field: 'reviewedBy[2]',
        reason: 'expected a name, { name, credential?, url? } or a list of them, got 42',
      },
      {
        field: 'reviewedBy[3]',
        reason:
          'unknown `credentials`; expected a name, { name, credential?, url? } or a list of them',
      },
      {
        field: 'condition',
        reason: 'expected a condition name or { name, alternateNames?, icd10? }, got 7',
      },
    ])
  })

  it('refuses a review date in the future, an empty list, a date with a time and a bad name', () => {
    const problems = (matter: Record<string, unknown>) =>
      readArticleMetadata(fileWith({ matter }), TODAY).problems
    expect(problems({ lastReviewed: '2027-01-01' })).toEqual([
      { field: 'lastReviewed', reason: '2027-01-01 is in the future (today is 2026-12-02)' },
    ])
    expect(problems({ lastReviewed: '2026-02-30' })[0]?.reason).toContain('got "2026-02-30"')
    expect(problems({ lastReviewed: new Date('2026-03-04T10:00:00Z') })[0]?.reason).toContain(
      'got a date with a time of day',
    )
    expect(problems({ reviewedBy: [] })).toEqual([
      {
        field: 'reviewedBy',
        reason: 'expected a name, { name, credential?, url? } or a list of them, got an empty list',
      },
    ])
    expect(problems({ reviewedBy: 'Dr <b>X</b>' })).toEqual([
      { field: 'reviewedBy', reason: expect.stringContaining('without < or >') },
    ])
    expect(problems({ reviewedBy: null, lastReviewed: ['2026-01-01'] })).toEqual([
      { field: 'lastReviewed', reason: 'expected a date written as YYYY-MM-DD, got a list' },
      { field: 'reviewedBy', reason: expect.stringContaining('got null') },
    ])
  })
})

describe('review age', () => {
  it('is due the same day maxAgeMonths later, or on the last day of a shorter month', () => {
    expect(reviewDueDate('2025-12-02', 12)).toBe('2026-12-02')
    expect(reviewDueDate('2026-01-31', 1)).toBe('2026-02-28')
    expect(reviewDueDate('2027-12-31', 2)).toBe('2028-02-29')
    expect(reviewDueDate('2026-05-15', 0)).toBe('2026-05-15')
  })

  it('is stale only after the due date', () => {
    expect(isStale('2025-12-02', 12, '2026-12-02')).toBe(false)
    expect(isStale('2025-12-01', 12, '2026-12-02')).toBe(true)
    expect(isStale('2026-06-01', 6, '2026-12-02')).toBe(true)
    expect(isStale('2026-06-02', 6, '2026-12-02')).toBe(false)
  })
})
