import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { GuidanceSet } from '@healthmark/schema'
import { describe, expect, it } from 'vitest'
import { entryClosure } from '../bench/entry-closure.mjs'
import pkg from '../package.json'
import { reviews } from '../src/citations'
import deDefault, { crampGuidance as deNamed } from '../src/de'
import enDefault, { crampGuidance as enNamed } from '../src/en'
import { availableLocales, getGuidance } from '../src/index'
import { packageRoot, readDist, readDistSet } from './helpers'

const dist = new URL('dist/', packageRoot)
const require = createRequire(dist)

describe('per-locale source modules', () => {
  it('export their set as default and as `crampGuidance`', () => {
    expect(enDefault).toBe(enNamed)
    expect(deDefault).toBe(deNamed)
    expect(enNamed.locale).toBe('en')
    expect(deNamed.locale).toBe('de')
  })

  it('are the sets the main entry serves', () => {
    expect(getGuidance('en')).toBe(enNamed)
    expect(getGuidance('de')).toBe(deNamed)
  })
})

describe('package.json exports', () => {
  it('has the main entry, one entry per locale, the raw JSON files and package.json', () => {
    const expected = [
      '.',
      './citations',
      ...availableLocales.flatMap((l) => [`./${l}`, `./${l}.json`]),
    ]
    expect(Object.keys(pkg.exports).sort()).toEqual([...expected, './package.json'].sort())
  })

  it('points every export at a file the build wrote', () => {
    const targets = JSON.stringify(pkg.exports).match(/"\.\/dist\/[^"]+"/g) ?? []
    expect(targets.length).toBeGreaterThan(10)
    for (const target of targets) {
      const file = new URL(JSON.parse(target), packageRoot)
      expect(existsSync(file), `${target} exists`).toBe(true)
    }
  })

  it('publishes only dist/ and the changelog besides README and LICENSE', () => {
    expect(pkg.files).toEqual(['dist', 'CHANGELOG.md'])
  })
})

describe('built per-locale entries', () => {
  it.each(availableLocales)(
    'dist/%s.js (ESM) serves the same set as the source',
    async (locale) => {
      const entry = (await import(new URL(`${locale}.js`, dist).href)) as {
        default: GuidanceSet
        crampGuidance: GuidanceSet
      }
      expect(entry.default).toBe(entry.crampGuidance)
      expect(entry.default).toEqual(getGuidance(locale))
    },
  )

  it.each(availableLocales)('dist/%s.cjs (CJS) serves the same set as the source', (locale) => {
    const entry = require(`./${locale}.cjs`) as { default: GuidanceSet; crampGuidance: GuidanceSet }
    expect(entry.crampGuidance).toEqual(getGuidance(locale))
    expect(entry.default).toBe(entry.crampGuidance)
  })

  it.each(availableLocales)('dist/%s.json is the same set as the source', (locale) => {
    expect(readDistSet(locale)).toEqual(getGuidance(locale))
  })

  // "an import pulls one locale only": the files an entry loads contain its
  // own tip titles and none of another locale's.
  it.each(availableLocales)('dist/%s.js loads its own locale and no other', (locale) => {
    const loaded = entryClosure(new URL(`${locale}.js`, dist))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    for (const other of availableLocales) {
      const titles = getGuidance(other).tips.map((tip) => JSON.stringify(tip.title))
      const found = titles.filter((title) => loaded.includes(title))
      if (other === locale) expect(found).toHaveLength(titles.length)
      else expect(found, `${other} titles in dist/${locale}.js`).toEqual([])
    }
  })

  it.each(['en.js', 'de.js', 'index.js'])(
    'dist/%s does not load what the sources say (that is dist/citations.js)',
    (entry) => {
      const loaded = entryClosure(new URL(entry, dist))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n')
      const says = Object.values(reviews.en).flatMap((r) => r.citations.map((c) => c.says))
      expect(says.filter((line) => loaded.includes(line))).toEqual([])
      const citationsJs = readFileSync(new URL('citations.js', dist), 'utf8')
      expect(citationsJs).toContain(JSON.stringify(says[0]))
    },
  )

  it('the main entry loads every locale, because getGuidance is synchronous', () => {
    const loaded = entryClosure(new URL('index.js', dist))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    for (const locale of availableLocales) {
      expect(loaded).toContain(JSON.stringify(getGuidance(locale).title))
    }
  })

  it('ships compact JSON', () => {
    expect(readDist('en.json')).not.toMatch(/\n/)
  })
})
