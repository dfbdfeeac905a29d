import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { availableLocales } from '../src/index'
import { readDistSet } from './helpers'

// The JSON Schema exactly as @healthmark/schema ships it (its package
// `exports`), so this is what a site without TypeScript would validate with.
const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@healthmark/schema/json-schema/guidance-set.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema)

describe.each(availableLocales)('dist/%s.json', (locale) => {
  it('is valid against the shipped guidance-set JSON Schema', () => {
    const valid = validate(readDistSet(locale))
    expect(valid, ajv.errorsText(validate.errors)).toBe(true)
  })

  it('stops being valid when broken (the check can fail)', () => {
    const broken = readDistSet(locale) as unknown as {
      tips: Array<{ evidence: { level: string; sources: unknown[] } }>
      redFlags: Array<{ urgency: string }>
    }
    const [tip] = broken.tips
    const [flag] = broken.redFlags
    if (!tip || !flag) throw new Error(`dist/${locale}.json has no tips or red flags`)
    tip.evidence.level = 'proven'
    tip.evidence.sources = []
    flag.urgency = 'soon'
    expect(validate(broken)).toBe(false)
    const paths = (validate.errors ?? []).map((error) => error.instancePath)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/tips/0/evidence/level',
        '/tips/0/evidence/sources',
        '/redFlags/0/urgency',
      ]),
    )
  })
})
