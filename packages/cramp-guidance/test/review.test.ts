import { parseGuidanceSet } from '@healthmark/schema'
import { describe, expect, it } from 'vitest'
import sourceTable from '../data/sources.json'
import { getCitations, reviews, withCitations } from '../src/citations'
import { type AvailableLocale, availableLocales, evidenceLabel, getGuidance } from '../src/index'
import { readerTexts } from './helpers'

const sets = availableLocales.map((locale) => [locale, getGuidance(locale)] as const)

/** Every tip and red flag with the ids of the sources it cites. */
function cited(locale: AvailableLocale) {
  const set = getGuidance(locale)
  return [
    ...set.tips.map((tip) => ({ id: tip.id, sources: tip.evidence.sources })),
    ...set.redFlags.map((flag) => ({ id: flag.id, sources: flag.sources })),
  ].map(({ id, sources }) => ({ id, sources: sources.map((source) => source.id ?? '') }))
}

describe.each(availableLocales)('claim-level citations (%s)', (locale) => {
  const table = reviews[locale]

  it('give every source of every tip and red flag a `says`, in the same order', () => {
    const problems = cited(locale).flatMap(({ id, sources }) => {
      const says = (table[id]?.citations ?? []).map((citation) => citation.source)
      return sources.join() === says.join() ? [] : [`${id}: cites ${sources} but says ${says}`]
    })
    expect(problems).toEqual([])
  })

  it('explain only tips and red flags that exist', () => {
    const ids = new Set(cited(locale).map((item) => item.id))
    expect(Object.keys(table).filter((id) => !ids.has(id))).toEqual([])
  })

  it('name only sources that data/sources.json defines', () => {
    const unknown = Object.values(table)
      .flatMap((entry) => entry.citations)
      .filter((citation) => !Object.hasOwn(sourceTable, citation.source))
    expect(unknown).toEqual([])
  })

  it('are one sentence each, in our own words (no quotation marks)', () => {
    const says = Object.values(table).flatMap((entry) => entry.citations.map((c) => c.says))
    expect(says.length).toBeGreaterThan(90)
    const notOne = says.filter(
      (line) =>
        !/^\p{Lu}.*[.]$/u.test(line) || /[.!?]\s+\p{Lu}/u.test(line) || /["“”„‘’«»]/.test(line),
    )
    expect(notOne).toEqual([])
  })

  it('give every tip a reviewer note', () => {
    const set = getGuidance(locale)
    expect(
      set.tips.filter((tip) => (table[tip.id]?.note ?? '').length < 40).map((t) => t.id),
    ).toEqual([])
  })
})

describe('withCitations', () => {
  it.each(sets)('adds citations and notes that pass the schema rules (%s)', (_locale, set) => {
    const full = withCitations(set)
    expect(parseGuidanceSet(full)).toEqual(full)
    expect(full.tips.every((tip) => (tip.evidence.citations?.length ?? 0) > 0)).toBe(true)
    expect(full.redFlags.every((flag) => (flag.citations?.length ?? 0) > 0)).toBe(true)
    expect(Object.isFrozen(full.tips[0]?.evidence)).toBe(true)
  })

  it('fails the schema when a source loses its `says`', () => {
    const full = JSON.parse(JSON.stringify(withCitations(getGuidance('en'))))
    full.tips[0].evidence.citations.pop()
    expect(() => parseGuidanceSet(full)).toThrow(/has no citation for source "nice-cks-leg-cramps"/)
  })

  it('refuses a set that is not from this package, naming the id', () => {
    const set = getGuidance('en')
    const foreign = { ...set, tips: [{ ...set.tips[0], id: 'elsewhere' }] }
    expect(() => withCitations(foreign as typeof set)).toThrow(
      /withCitations: the set has "elsewhere", for which this package has no citations/,
    )
    expect(() => withCitations(null as unknown as typeof set)).toThrow(TypeError)
    expect(() => withCitations({ ...set, locale: 'fr' })).toThrow(
      /locale must be one of "en", "de"/,
    )
  })
})

describe('getCitations', () => {
  it('returns the citations of a tip or red flag per locale', () => {
    expect(getCitations('stretch-before-bed')?.map((c) => c.source)).toContain('coppin-2005')
    expect(getCitations('quinine-and-tonic-water', 'de-AT')?.map((c) => c.source)).toContain(
      'dgn-crampi',
    )
    expect(getCitations('no-such-tip')).toBeUndefined()
  })

  it('throws a TypeError naming `id` for a non-string', () => {
    expect(() => getCitations(3 as unknown as string)).toThrow(/argument `id` must be/)
  })
})

// Words of reviewers, not readers. The reviewer's notes may use them; titles,
// summaries, bodies, red flags and the disclaimer may not.
const JARGON: Readonly<Record<AvailableLocale, RegExp>> = {
  en: /\b(RCTs?|GRADE|idiopathic|EAMC|hypohydrated|randomi[sz]ed|cohorts?|placebo|nocturnal|meta-analys[ie]s|systematic review|neuromuscular|pathophysiolog\w*|aetiolog\w*|etiolog\w*|certainty of (the )?evidence|electrolyte depletion)\b/i,
  de: /(\bRCTs?\b|\bGRADE\b|idiopathisch|\bEAMC\b|randomisiert|Kohorte|Placebo|nokturn|Metaanalyse|systematische Übersicht|neuromuskulär|Pathophysiolog|Ätiolog|Evidenz|Vertrauenswürdigkeit)/i,
}

describe.each(sets)('reader-facing text (%s)', (locale, set) => {
  it('uses no reviewer jargon', () => {
    expect(readerTexts(set).filter((text) => JARGON[locale].test(text))).toEqual([])
  })
})

describe('the jargon check', () => {
  it('catches the terms the review found', () => {
    for (const term of ['one RCT', 'GRADE', 'idiopathic cramps', 'EAMC', 'hypohydrated']) {
      expect(JARGON.en.test(term), term).toBe(true)
    }
    expect(JARGON.de.test('idiopathische Krämpfe')).toBe(true)
    expect(JARGON.en.test('a trial of 80 adults')).toBe(false)
  })
})

// health.md §7, point by point, where a test can say it.
describe('the corrections of the source review', () => {
  const tip = (id: string, locale: AvailableLocale = 'en') => {
    const found = getGuidance(locale).tips.find((candidate) => candidate.id === id)
    if (found === undefined) throw new Error(`no tip ${id}`)
    return found
  }
  const ids = (id: string, locale: AvailableLocale = 'en') =>
    tip(id, locale).evidence.sources.map((source) => source.id)

  it.each(availableLocales)(
    'stretching before bed is graded limited and cites both trials (%s)',
    (l) => {
      expect(tip('stretch-before-bed', l).evidence.level).toBe('limited')
      expect(ids('stretch-before-bed', l)).toEqual(
        expect.arrayContaining(['hallegraeff-2012', 'coppin-2005']),
      )
    },
  )

  it('the quinine tip keeps the serious harms with the regulator, not the review of trials', () => {
    const says = (source: string) =>
      getCitations('quinine-and-tonic-water')?.find((c) => c.source === source)?.says ?? ''
    expect(says('cochrane-quinine-2015')).not.toMatch(/death|kidney|blood/i)
    expect(says('fda-qualaquin-2010')).toMatch(/deaths/)
  })

  it.each([
    ['diet-and-minerals', 'aafp-nlc-2012'],
    ['other-prescription-medicines', 'aan-katzberg-2010'],
  ])('%s no longer cites %s, which does not say it', (id, source) => {
    for (const locale of availableLocales) expect(ids(id, locale)).not.toContain(source)
  })

  it('cramps in pregnancy cite Mayo Clinic for pregnancy as a risk factor', () => {
    expect(ids('cramps-in-pregnancy')).toContain('mayo-cramp-sc')
  })

  it('the German tips cite the German guideline where it differs', () => {
    expect(ids('quinine-and-tonic-water', 'de')).toContain('dgn-crampi')
    expect(ids('magnesium-for-night-cramps', 'de')).toContain('dgn-crampi')
  })

  it('alcohol and dialysis are among the causes, from the German guideline', () => {
    expect(tip('health-conditions-and-cramps').summary).toMatch(/dialysis.*alcohol/)
    expect(ids('health-conditions-and-cramps')).toContain('dgn-crampi')
  })

  // Every medicine the tip names is named by one of the sources it cites.
  const MEDICINES = [
    'statin',
    'diuretic',
    'nifedipine',
    'salbutamol',
    'naproxen',
    'raloxifene',
    'teriparatide',
    'oestrogen',
    'iron sucrose',
    'beta-blocker',
    'gabapentin',
    'quinine',
    'diltiazem',
    'naftidrofuryl',
    'verapamil',
    'orphenadrine',
    'baclofen',
    'carisoprodol',
    'mexiletine',
    'procainamide',
    'lithium',
    'cimetidine',
    'penicillamine',
    'zolpidem',
    'furosemide',
  ]
  it.each(availableLocales)(
    'every medicine a tip names is named in what its sources say (%s)',
    (l) => {
      const unbacked = getGuidance(l).tips.flatMap((item) => {
        const says = (reviews[l][item.id]?.citations ?? [])
          .map((c) => c.says)
          .join(' ')
          .toLowerCase()
        const text = `${item.summary} ${item.body}`.toLowerCase()
        return MEDICINES.filter(
          (name) => l === 'en' && text.includes(name) && !says.includes(name),
        ).map((name) => `${item.id}: ${name}`)
      })
      expect(unbacked).toEqual([])
    },
  )
})

describe('sources', () => {
  it('record when they were checked, and a year only when published in one', () => {
    for (const [id, source] of Object.entries(sourceTable)) {
      expect(source.accessed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if ('year' in source)
        expect(source.year, id).toBeLessThanOrEqual(Number(source.accessed.slice(0, 4)))
    }
    // Live pages: the year of a visit is not a year of publication.
    for (const id of [
      'nhs-leg-cramps',
      'nhs-dvt',
      'mayo-cramp-sc',
      'mayo-cramp-dt',
      'nice-cks-leg-cramps',
    ]) {
      expect(sourceTable[id as keyof typeof sourceTable], id).not.toHaveProperty('year')
    }
  })

  it('keep authors apart from the journal', () => {
    for (const [id, source] of Object.entries(sourceTable)) {
      if ('authors' in source) expect(source.publisher, id).not.toContain(source.authors)
    }
    expect(sourceTable['aafp-nlc-2012']).toMatchObject({ authors: 'Allen RE, Kirby KA' })
  })
})

describe('evidenceLabel', () => {
  it('says how sure a tip is in reader words, per locale', () => {
    const tip = getGuidance('en').tips.find((t) => t.id === 'stretch-before-bed')
    expect(evidenceLabel(tip as NonNullable<typeof tip>)).toBe('Weak or conflicting evidence')
    expect(evidenceLabel(tip as NonNullable<typeof tip>, 'de-CH')).toBe(
      'Schwache oder widersprüchliche Belege',
    )
  })

  it("says a myth's evidence is against the popular claim, never a bare level", () => {
    const myth = getGuidance('de').tips.find((t) => t.id === 'magnesium-for-night-cramps')
    expect(evidenceLabel(myth as NonNullable<typeof myth>, 'en')).toBe(
      'Some evidence against the popular claim',
    )
    expect(evidenceLabel(myth as NonNullable<typeof myth>, 'de')).toBe(
      'Einige Belege gegen die verbreitete Annahme',
    )
  })

  it('throws a TypeError for something that is not a tip', () => {
    expect(() => evidenceLabel({} as Parameters<typeof evidenceLabel>[0])).toThrow(
      /evidenceLabel: argument `tip` must be a health tip/,
    )
  })
})
