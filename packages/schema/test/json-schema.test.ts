import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../../test/support/property-runs'
import {
  ASPECTS,
  EVIDENCE_LEVELS,
  GuidanceSetSchema,
  GuidanceSetShape,
  HealthTipSchema,
  URGENCIES,
} from '../src/index'
import { validSet } from './fixtures'

// The shipped files, exactly as `npm run build` writes them.
function shipped(name: string): object {
  const file = new URL(`../dist/json-schema/${name}`, import.meta.url)
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new Error(`dist/json-schema/${name} is missing: run \`npm run build\` in packages/schema`)
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
const validateSet = ajv.compile(shipped('guidance-set.json'))
const validateTip = ajv.compile(shipped('health-tip.json'))

/** zod (structure only: JSON Schema cannot state the cross-field rules) and ajv agree. */
function expectAgreement(input: unknown) {
  const zodSays = GuidanceSetShape.safeParse(input).success
  const ajvSays = validateSet(input)
  if (zodSays !== ajvSays) {
    throw new Error(
      `zod says ${zodSays}, ajv says ${ajvSays} for ${JSON.stringify(input).slice(0, 400)}: ${ajv.errorsText(validateSet.errors)}`,
    )
  }
  return zodSays
}

// Arbitraries for values both schemas should accept, and values that break them.
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/)
const line = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => !/[\r\n<>]/.test(s))
const pastDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const source = fc.record(
  {
    id: slug,
    title: line,
    authors: line,
    publisher: line,
    url: fc.webUrl({ validSchemes: ['https'] }),
    year: fc.integer({ min: 1900, max: 2100 }),
    accessed: pastDate,
  },
  { requiredKeys: ['title', 'publisher', 'url'] },
)
const tip = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      title: line,
      summary: line,
      body: fc.string({ minLength: 1, maxLength: 200 }),
      aspect: fc.constantFrom(...ASPECTS),
      evidence: fc.record(
        {
          level: fc.constantFrom(...EVIDENCE_LEVELS),
          sources: fc.array(source, { minLength: 1, maxLength: 2 }),
          note: line,
        },
        { requiredKeys: ['level', 'sources'] },
      ),
      audience: fc.array(slug, { minLength: 1, maxLength: 2 }),
      tags: fc.array(slug, { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'title', 'summary', 'body', 'aspect', 'evidence'] },
  )
const redFlag = (id: string) =>
  fc.record({
    id: fc.constant(id),
    symptom: line,
    action: line,
    urgency: fc.constantFrom(...URGENCIES),
    sources: fc.array(source, { minLength: 1, maxLength: 2 }),
  })
const guidanceSet = fc
  .uniqueArray(slug, { minLength: 2, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      id: slug,
      title: line,
      condition: fc.record({ name: line }),
      locale: fc.constantFrom('en', 'de', 'de-AT', 'es-419', 'fr'),
      version: fc.constantFrom('1.0.0', '0.3.1-beta.2', '2.10.0+build.5'),
      lastReviewed: pastDate,
      license: fc.constantFrom('CC-BY-4.0', 'MIT'),
      disclaimer: fc.string({ minLength: 1, maxLength: 100 }),
      tips: fc.tuple(...ids.slice(1).map(tip)),
      redFlags: fc.tuple(redFlag(ids[0] as string)),
    }),
  )
  // Source ids are random, so make each one unique to keep "one id, one source".
  .map((set) => {
    let n = 0
    const renumber = (s: { id?: string }) => {
      if (s.id !== undefined) s.id = `${s.id}-${n++}`
    }
    for (const t of set.tips) t.evidence.sources.forEach(renumber)
    for (const f of set.redFlags) f.sources.forEach(renumber)
    return set
  })

describe('JSON Schema files', () => {
  it('are draft 2020-12 and forbid unknown keys', () => {
    const schema = shipped('guidance-set.json') as {
      $schema: string
      $defs: Record<string, { additionalProperties?: boolean }>
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const name of ['GuidanceSet', 'HealthTip', 'Evidence', 'Source', 'Citation', 'RedFlag']) {
      expect(schema.$defs[name]?.additionalProperties).toBe(false)
    }
  })

  it('agree with zod on the valid fixture and on hand-made invalid ones', () => {
    expect(expectAgreement(validSet())).toBe(true)
    const breakers: Array<(set: ReturnType<typeof validSet>) => void> = [
      (s) => Object.assign(s, { extra: 1 }),
      (s) => Object.assign(s, { version: '1.0' }),
      (s) => Object.assign(s, { lastReviewed: '2023-02-29' }),
      (s) => Object.assign(s, { locale: 'english' }),
      (s) => Object.assign(s, { tips: [] }),
      (s) => Object.assign(s.tips[0]!.evidence, { level: 'proven' }),
      (s) => Object.assign(s.tips[0]!.evidence.sources[0]!, { url: 'http://nhs.uk/' }),
      (s) => Object.assign(s.tips[0]!.evidence.sources[0]!, { year: 2000.5 }),
      (s) => Object.assign(s.tips[0]!, { summary: 'two\nlines' }),
      (s) => Object.assign(s.tips[0]!.evidence.citations![0]!, { says: '' }),
      (s) => Object.assign(s.tips[0]!.evidence.citations![0]!, { quote: 'verbatim' }),
      (s) => Object.assign(s.tips[0]!, { id: 'Not A Slug' }),
      (s) => Object.assign(s.redFlags[0]!, { urgency: 'whenever' }),
      (s) => Object.assign(s.condition, { icd10: 'cramp' }),
    ]
    for (const breakIt of breakers) {
      const set = validSet()
      breakIt(set)
      expect(expectAgreement(set)).toBe(false)
    }
  })

  it('agree with zod on generated valid sets', () => {
    fc.assert(
      fc.property(guidanceSet, (set) => {
        expect(expectAgreement(set)).toBe(true)
        // Generated sets also keep the cross-field rules, so the full schema agrees.
        expect(GuidanceSetSchema.safeParse(set).success).toBe(true)
      }),
      // CI runs ten times as many (PROPERTY_RUNS_SCALE in .ci/run).
      { numRuns: propertyRuns(30) },
    )
  })

  it('agree with zod on generated sets with one field replaced by anything', () => {
    const paths = [
      ['id'],
      ['version'],
      ['locale'],
      ['lastReviewed'],
      ['condition', 'name'],
      ['tips', 0, 'aspect'],
      ['tips', 0, 'summary'],
      ['tips', 0, 'evidence', 'level'],
      ['tips', 0, 'evidence', 'sources', 0, 'url'],
      ['tips', 0, 'evidence', 'sources', 0, 'year'],
      ['redFlags', 0, 'urgency'],
    ] as const
    fc.assert(
      fc.property(
        guidanceSet,
        fc.constantFrom(...paths),
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.integer(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (set, path, value) => {
          let target: Record<string | number, unknown> = set as never
          for (const key of path.slice(0, -1)) target = target[key] as never
          target[path.at(-1) as string | number] = value
          expectAgreement(set)
        },
      ),
      { numRuns: propertyRuns(50) },
    )
  })

  it('validates a single tip the same way', () => {
    const tipInput = validSet().tips[0]
    expect(validateTip(tipInput)).toBe(true)
    expect(HealthTipSchema.safeParse(tipInput).success).toBe(true)
    const bad = { ...tipInput, aspect: 'diet' }
    expect(validateTip(bad)).toBe(false)
    expect(HealthTipSchema.safeParse(bad).success).toBe(false)
  })
})
