import { ASPECTS } from '@healthmark/schema'
import { describe, expect, it } from 'vitest'
import pkg from '../package.json'
import { ASPECTS_IN_READING_ORDER, isAspect } from '../src/aspects'
import {
  type Aspect,
  availableLocales,
  crampGuidance,
  getGuidance,
  getTip,
  redFlags,
  resolveLocale,
  tipsByAspect,
} from '../src/index'

describe('getGuidance', () => {
  it('returns the English set by default, the same object as `crampGuidance`', () => {
    expect(getGuidance()).toBe(crampGuidance)
    expect(getGuidance().locale).toBe('en')
  })

  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE-ch', 'de'],
    ['de-Latn-DE', 'de'],
    ['de-DE-u-co-phonebk', 'de'],
    ['de-x-region', 'de'],
    ['en-GB', 'en'],
  ])('returns the %s request as the %s set', (requested, locale) => {
    expect(getGuidance(requested).locale).toBe(locale)
  })

  it.each(['fr', 'fr-CA', 'es-419', 'zh-Hant-TW', 'pt-BR-x-private'])(
    'falls back to English for %s, and the set says so in `locale`',
    (requested) => {
      const set = getGuidance(requested)
      expect(set.locale).toBe('en')
      expect(set).toBe(crampGuidance)
    },
  )

  it.each([
    ['', '""'],
    ['not a tag!', '"not a tag!"'],
    [42, '42'],
    [null, 'null'],
    [{}, 'an object'],
    [['de'], 'an array'],
  ])('throws a TypeError naming `locale` for %j', (bad, shown) => {
    expect(() => getGuidance(bad as string)).toThrow(TypeError)
    expect(() => getGuidance(bad as string)).toThrow(
      `getGuidance: argument \`locale\` must be a BCP 47 language tag such as "en" or "de-AT" (available: "en", "de"; any other language falls back to "en"), got ${shown}`,
    )
  })

  it("stamps the package's version on every set, so the data follows semver", () => {
    for (const locale of availableLocales) expect(getGuidance(locale).version).toBe(pkg.version)
  })

  it('returns deeply frozen data that one consumer cannot change for another', () => {
    const set = getGuidance('de')
    expect(Object.isFrozen(set)).toBe(true)
    expect(Object.isFrozen(set.tips[0]?.evidence.sources[0])).toBe(true)
    expect(() => {
      ;(set.tips as unknown as unknown[]).push({})
    }).toThrow(TypeError)
  })
})

describe('resolveLocale', () => {
  it('says which locale is returned and whether it is a fallback', () => {
    expect(resolveLocale('de-AT')).toEqual({ requested: 'de-AT', locale: 'de', fallback: false })
    expect(resolveLocale('fr-CA')).toEqual({ requested: 'fr-CA', locale: 'en', fallback: true })
    expect(resolveLocale('en')).toEqual({ requested: 'en', locale: 'en', fallback: false })
  })

  it('throws a TypeError naming its own argument', () => {
    expect(() => resolveLocale('de_AT')).toThrow(
      /^resolveLocale: argument `locale` must be a BCP 47 language tag/,
    )
  })
})

describe('getTip', () => {
  it('finds a tip by id in the requested locale', () => {
    const en = getTip('quinine-and-tonic-water')
    const de = getTip('quinine-and-tonic-water', 'de')
    expect(en?.id).toBe('quinine-and-tonic-water')
    expect(de?.id).toBe('quinine-and-tonic-water')
    expect(de?.title).not.toBe(en?.title)
    expect(de).toBe(getGuidance('de').tips.find((tip) => tip.id === 'quinine-and-tonic-water'))
  })

  it('returns undefined for an unknown id', () => {
    expect(getTip('no-such-tip')).toBeUndefined()
    expect(getTip('no-such-tip', 'de')).toBeUndefined()
  })

  it('throws a TypeError naming `id` when it is not a string', () => {
    expect(() => getTip(7 as unknown as string)).toThrow(TypeError)
    expect(() => getTip(undefined as unknown as string)).toThrow(
      'getTip: argument `id` must be a tip id string such as "stretch-during-cramp", got undefined',
    )
  })

  it('throws a TypeError naming `locale` for a malformed tag', () => {
    expect(() => getTip('pickle-juice', '??')).toThrow(/^getTip: argument `locale`/)
  })
})

describe('tipsByAspect', () => {
  it('returns exactly the tips of one aspect, in data order', () => {
    for (const locale of availableLocales) {
      for (const aspect of ASPECTS) {
        const expected = getGuidance(locale).tips.filter((tip) => tip.aspect === aspect)
        expect(tipsByAspect(aspect, locale)).toEqual(expected)
      }
    }
  })

  it('returns an empty array for a known aspect without tips', () => {
    expect(tipsByAspect('living-with')).toEqual([])
  })

  it('partitions the set: every tip is returned for exactly one aspect', () => {
    const total = ASPECTS.reduce((sum, aspect) => sum + tipsByAspect(aspect, 'de').length, 0)
    expect(total).toBe(getGuidance('de').tips.length)
  })

  it.each(['risk factors', 'Overview', '', 3, '__proto__', 'toString'])(
    'throws a TypeError naming `aspect` for %j',
    (bad) => {
      expect(() => tipsByAspect(bad as Aspect)).toThrow(TypeError)
      expect(() => tipsByAspect(bad as Aspect)).toThrow(
        /^tipsByAspect: argument `aspect` must be one of "overview", /,
      )
    },
  )
})

describe('redFlags', () => {
  it('returns the red flags of the requested locale as a fresh array', () => {
    const flags = redFlags('de')
    expect(flags).toEqual(getGuidance('de').redFlags)
    expect(flags).not.toBe(getGuidance('de').redFlags)
    flags.pop()
    expect(redFlags('de')).toHaveLength(getGuidance('de').redFlags.length)
  })

  it('defaults to English and falls back to it', () => {
    expect(redFlags()).toEqual(crampGuidance.redFlags)
    expect(redFlags('it')).toEqual(crampGuidance.redFlags)
  })

  it('throws a TypeError naming `locale` for a malformed tag', () => {
    expect(() => redFlags('e')).toThrow(/^redFlags: argument `locale`/)
  })
})

describe('aspects', () => {
  it("lists exactly the schema's aspects, each once", () => {
    expect([...ASPECTS_IN_READING_ORDER].sort()).toEqual([...ASPECTS].sort())
  })

  it('recognises aspects and nothing else', () => {
    expect(isAspect('self-care')).toBe(true)
    expect(isAspect('hasOwnProperty')).toBe(false)
    expect(isAspect(undefined)).toBe(false)
  })
})
