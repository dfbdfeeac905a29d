import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ASPECTS,
  type GuidanceJsonLd,
  HEALTH_ASPECT_BY_ASPECT,
  type HealthTopicContent,
  serializeJsonLd,
  toJsonLd,
} from '../src/index'
import { validSet } from './fixtures'

const url = 'https://example.com/guides/muscle-cramps'

describe('toJsonLd', () => {
  it('describes the set as a MedicalWebPage about a MedicalCondition', () => {
    const set = validSet()
    const doc = toJsonLd(set, { url })
    expect(doc['@context']).toBe('https://schema.org')
    expect(doc['@type']).toBe('MedicalWebPage')
    expect(doc.url).toBe(url)
    expect(doc.name).toBe(set.title)
    expect(doc.inLanguage).toBe('en')
    expect(doc.lastReviewed).toBe(set.lastReviewed)
    expect(doc.license).toBe('https://spdx.org/licenses/CC-BY-4.0.html')
    expect(doc.about).toEqual({
      '@type': 'MedicalCondition',
      name: 'Muscle cramps',
      alternateName: ['Leg cramps'],
      code: { '@type': 'MedicalCode', codeValue: 'R25.2', codingSystem: 'ICD-10' },
    })
    expect(doc).not.toHaveProperty('reviewedBy')
  })

  it('adds one HealthTopicContent part per tip and red flag, with its aspect', () => {
    const set = validSet()
    const doc = toJsonLd(set, { url })
    expect(doc.hasPart).toHaveLength(set.tips.length + set.redFlags.length)
    const [stretch, overview, redFlag] = doc.hasPart
    expect(stretch).toMatchObject({
      '@type': 'HealthTopicContent',
      '@id': `${url}#stretch-during-cramp`,
      name: set.tips[0]?.title,
      text: set.tips[0]?.summary,
      hasHealthAspect: 'https://schema.org/SelfCareHealthAspect',
    })
    expect(stretch?.citation).toHaveLength(2)
    expect(overview?.hasHealthAspect).toBe('https://schema.org/OverviewHealthAspect')
    expect(redFlag).toMatchObject({
      '@id': `${url}#leg-swelling`,
      name: set.redFlags[0]?.symptom,
      hasHealthAspect: 'https://schema.org/SeeDoctorHealthAspect',
    })
  })

  it('cites every distinct source once at page level', () => {
    const doc = toJsonLd(validSet(), { url })
    const citations = doc.citation as unknown as Array<{ url: string; publisher: { name: string } }>
    expect(citations.map((c) => c.url)).toEqual([
      'https://www.nhs.uk/conditions/leg-cramps/',
      'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/diagnosis-treatment/drc-20350825',
      'https://pubmed.ncbi.nlm.nih.gov/22963024/',
    ])
    expect(citations[0]?.publisher.name).toBe('NHS')
  })

  it('gives a publication date only for sources with a year, and credits authors', () => {
    const doc = toJsonLd(validSet(), { url })
    const citations = doc.citation as unknown as Array<Record<string, unknown>>
    const byUrl = new Map(citations.map((c) => [c.url, c]))
    expect(byUrl.get('https://www.nhs.uk/conditions/leg-cramps/')).not.toHaveProperty(
      'datePublished',
    )
    expect(byUrl.get('https://pubmed.ncbi.nlm.nih.gov/22963024/')).toMatchObject({
      datePublished: '2012',
      creditText: 'Allen RE, Kirby KA',
    })
  })

  it('names the reviewer when there is one', () => {
    const person = toJsonLd(
      { ...validSet(), reviewer: { name: 'A. Reviewer', credentials: 'MD' } },
      { url },
    )
    expect(person.reviewedBy).toEqual({ '@type': 'Person', name: 'A. Reviewer', jobTitle: 'MD' })
    const org = toJsonLd(
      {
        ...validSet(),
        reviewer: { name: 'Clinic', type: 'Organization', url: 'https://clinic.example.org/' },
      },
      { url },
    )
    expect(org.reviewedBy).toEqual({
      '@type': 'Organization',
      name: 'Clinic',
      url: 'https://clinic.example.org/',
    })
  })

  it('maps every aspect onto a real HealthAspectEnumeration member', () => {
    const members = new Set([
      'OverviewHealthAspect',
      'SymptomsHealthAspect',
      'CausesHealthAspect',
      'SelfCareHealthAspect',
      'TreatmentsHealthAspect',
      'PreventionHealthAspect',
      'SeeDoctorHealthAspect',
      'MisconceptionsHealthAspect',
      'LivingWithHealthAspect',
      'PregnancyHealthAspect',
    ])
    for (const aspect of ASPECTS) expect(members).toContain(HEALTH_ASPECT_BY_ASPECT[aspect])
    expect(HEALTH_ASPECT_BY_ASPECT['risk-factors']).toBe('CausesHealthAspect')
  })

  it('refuses a missing or non-http(s) page URL with a TypeError naming the option', () => {
    const set = validSet()
    expect(() => toJsonLd(set, { url: 'guides/cramps' })).toThrow(TypeError)
    expect(() => toJsonLd(set, { url: 'javascript:alert(1)' })).toThrow(
      /option `url` must be an absolute http\(s\) URL of the page, got "javascript:alert\(1\)"/,
    )
    // @ts-expect-error: options are required
    expect(() => toJsonLd(set)).toThrow(/got undefined/)
  })

  it('is typed with schema-dts so unknown properties fail to compile', () => {
    expectTypeOf(toJsonLd).returns.toEqualTypeOf<GuidanceJsonLd>()
    expectTypeOf<GuidanceJsonLd['hasPart']>().toEqualTypeOf<HealthTopicContent[]>()
    const part: HealthTopicContent = {
      '@type': 'HealthTopicContent',
      name: 'x',
      hasHealthAspect: 'https://schema.org/OverviewHealthAspect',
      // @ts-expect-error: not a property of HealthTopicContent
      colour: 'red',
    }
    // @ts-expect-error: there is no RiskFactorsHealthAspect in schema.org
    const aspect: HealthTopicContent['hasHealthAspect'] =
      'https://schema.org/RiskFactorsHealthAspect'
    expect([part, aspect]).toHaveLength(2)
  })
})

describe('serializeJsonLd', () => {
  it('cannot end the script element it is placed in', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' })
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' })
  })
})
