import { describe, expect, it } from 'vitest'
import {
  formatPath,
  HealthmarkValidationError,
  parseGuidanceSet,
  parseHealthTip,
  safeParseGuidanceSet,
  safeParseHealthTip,
} from '../src/index'
import { latestDateOnEarth } from '../src/rules'
import { stretchTip, validSet } from './fixtures'

function problemsOf(input: unknown) {
  const result = safeParseGuidanceSet(input)
  if (result.success) throw new Error('expected the input to be refused')
  return result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
}

describe('parseGuidanceSet', () => {
  it('returns a valid set unchanged in content', () => {
    const input = validSet()
    expect(parseGuidanceSet(input)).toEqual(input)
  })

  it('throws HealthmarkValidationError that names every field and reason', () => {
    const input = validSet() as Record<string, unknown>
    input.version = 'one'
    ;(input.tips as Array<Record<string, unknown>>)[0]!.aspect = 'diet'
    let caught: unknown
    try {
      parseGuidanceSet(input)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(HealthmarkValidationError)
    const error = caught as HealthmarkValidationError
    expect(error.name).toBe('HealthmarkValidationError')
    expect(error.issues).toHaveLength(2)
    expect(error.issues.map((issue) => issue.path)).toEqual([['version'], ['tips', 0, 'aspect']])
    expect(error.message).toMatch(/^Invalid guidance set \(2 problems\):/)
    expect(error.message).toContain('  - version: must be a semantic version such as "1.2.0"')
    expect(error.message).toMatch(/ {2}- tips\[0\]\.aspect: .*"overview"/)
  })

  it('reports a missing field as required', () => {
    const { title: _removed, ...input } = validSet()
    expect(problemsOf(input)).toEqual(['title: is required (expected string)'])
  })

  it('refuses unknown keys and names them', () => {
    const input = { ...validSet(), lastReviewd: '2026-01-01' }
    expect(problemsOf(input)).toEqual([
      '(root): unknown key "lastReviewd"; check the spelling against the schema',
    ])
  })

  it('refuses non-https source URLs', () => {
    const input = validSet()
    input.tips[0]!.evidence.sources[1]!.url = 'http://www.mayoclinic.org/'
    expect(problemsOf(input)).toEqual([
      'tips[0].evidence.sources[1].url: must be an absolute https: URL, such as "https://www.nhs.uk/conditions/leg-cramps/"',
    ])
    input.tips[0]!.evidence.sources[1]!.url = 'javascript:alert(1)//https://x.y'
    expect(problemsOf(input)).toHaveLength(1)
  })

  it('refuses dates that do not exist, and accepts leap days', () => {
    const input = validSet()
    input.lastReviewed = '2023-02-29'
    expect(problemsOf(input)).toEqual(['lastReviewed: must be a real date written as YYYY-MM-DD'])
    input.lastReviewed = '2024-02-29'
    expect(safeParseGuidanceSet(input).success).toBe(true)
    input.tips[0]!.evidence.sources[1]!.accessed = '2026-13-01'
    expect(problemsOf(input)).toEqual([
      'tips[0].evidence.sources[1].accessed: must be a real date written as YYYY-MM-DD',
    ])
  })

  it('refuses a review date in the future', () => {
    const input = validSet()
    const tomorrowEverywhere = new Date(Date.now() + 40 * 60 * 60 * 1000).toISOString().slice(0, 10)
    input.lastReviewed = tomorrowEverywhere
    expect(problemsOf(input)).toEqual(['lastReviewed: must not be in the future'])
    input.lastReviewed = latestDateOnEarth()
    expect(safeParseGuidanceSet(input).success).toBe(true)
  })

  it('refuses duplicate ids across tips and red flags', () => {
    const input = validSet()
    input.redFlags[0]!.id = 'stretch-during-cramp'
    expect(problemsOf(input)).toEqual([
      'redFlags[0].id: duplicate id "stretch-during-cramp" (first used at tips.0.id); ids must be unique within a set',
    ])
  })

  it('refuses one source id naming two different sources', () => {
    const input = validSet()
    input.redFlags[0]!.sources = [
      { ...input.redFlags[0]!.sources[0]!, url: 'https://example.org/' },
    ]
    expect(problemsOf(input)).toEqual([
      'redFlags[0].sources[0].id: source id "nhs-leg-cramps" already names "Leg cramps" <https://www.nhs.uk/conditions/leg-cramps/>; one id must always mean the same source',
    ])
  })

  it('accepts a source without a year (a live page) and with authors apart from the journal', () => {
    const set = parseGuidanceSet(validSet())
    const [nhs, aafp] = set.tips[1]!.evidence.sources
    expect(nhs?.year).toBeUndefined()
    expect(aafp).toMatchObject({ authors: 'Allen RE, Kirby KA', year: 2012 })
  })

  it('refuses a citation of a source the tip does not list, a second one, and a missing one', () => {
    const input = validSet()
    input.tips[0]!.evidence.citations = [
      { source: 'nhs-leg-cramps', says: 'Advises stretching.' },
      { source: 'nhs-leg-cramps', says: 'Says it again.' },
      { source: 'cochrane-mg-2020', says: 'Not a source of this tip.' },
    ]
    expect(problemsOf(input)).toEqual([
      'tips[0].evidence.citations[1].source: explains source "nhs-leg-cramps" a second time; give one `says` per source',
      'tips[0].evidence.citations[2].source: names source "cochrane-mg-2020", which is not among the sources (nhs-leg-cramps, mayo-cramp-dt)',
      'tips[0].evidence.citations: has no citation for source "mayo-cramp-dt"; say what it states on this point, or do not cite it',
    ])
  })

  it('checks the citations of red flags the same way', () => {
    const input = validSet()
    input.redFlags[0]!.citations = [{ source: 'mayo-cramp-dt', says: 'Not cited by this flag.' }]
    expect(problemsOf(input)).toEqual([
      'redFlags[0].citations[0].source: names source "mayo-cramp-dt", which is not among the sources (nhs-leg-cramps)',
      'redFlags[0].citations: has no citation for source "nhs-leg-cramps"; say what it states on this point, or do not cite it',
    ])
  })

  it('requires at least one source and one tip', () => {
    const input = validSet()
    input.tips[0]!.evidence.sources = []
    delete input.tips[0]!.evidence.citations
    input.redFlags[0]!.sources = []
    expect(problemsOf(input)).toEqual([
      'tips[0].evidence.sources: must list at least one source',
      'redFlags[0].sources: must list at least one source',
    ])
    expect(problemsOf({ ...validSet(), tips: [] })).toEqual(['tips: must contain at least one tip'])
  })

  it('keeps summaries to one line of plain text', () => {
    const input = validSet()
    input.tips[0]!.summary = 'Line one\nline two <script>'
    expect(problemsOf(input)).toEqual([
      'tips[0].summary: must be one line of plain text without < or >',
    ])
  })

  it('cannot be polluted through __proto__ or constructor keys', () => {
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(validSet()).slice(1)}`,
    )
    const result = safeParseGuidanceSet(hostile)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toContain('"__proto__", "constructor"')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses input that is not an object', () => {
    expect(problemsOf(null)).toEqual(['(root): Invalid input: expected object, received null'])
    expect(problemsOf('set')).toEqual(['(root): Invalid input: expected object, received string'])
  })
})

describe('parseHealthTip', () => {
  it('returns a valid tip', () => {
    expect(parseHealthTip(stretchTip)).toEqual(stretchTip)
    expect(safeParseHealthTip(stretchTip)).toEqual({ success: true, data: stretchTip })
  })

  it('names the field of an invalid evidence level', () => {
    const result = safeParseHealthTip({
      ...stretchTip,
      evidence: { ...stretchTip.evidence, level: 'proven' },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['evidence', 'level'])
    expect(() => parseHealthTip({ ...stretchTip, id: 'Stretch Now' })).toThrow(
      /Invalid health tip \(1 problem\):\n {2}- id: must be a lowercase slug/,
    )
  })
})

describe('formatPath', () => {
  it('writes paths the way a reader does', () => {
    expect(formatPath([])).toBe('(root)')
    expect(formatPath(['tips', 2, 'evidence', 'sources', 0, 'url'])).toBe(
      'tips[2].evidence.sources[0].url',
    )
    expect(formatPath(['weird key'])).toBe('["weird key"]')
  })
})
