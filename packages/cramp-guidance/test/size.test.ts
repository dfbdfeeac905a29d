import { describe, expect, it } from 'vitest'
import { entryClosure } from '../bench/entry-closure.mjs'
import { BUDGET, measure } from '../bench/size.mjs'
import { availableLocales } from '../src/index'
import { packageRoot } from './helpers'

const dist = new URL('dist/', packageRoot)

// The budget of `npm run bench`, checked on every test run: sizes of built
// files do not depend on the machine, unlike times.
describe('size budget', () => {
  it.each(availableLocales)('dist/%s.js with its chunks is under 15 KB gzipped', (locale) => {
    const { gzip } = measure(entryClosure(new URL(`${locale}.js`, dist)))
    expect(gzip).toBeLessThan(BUDGET)
  })

  it.each(availableLocales)('dist/%s.json is under 15 KB gzipped', (locale) => {
    expect(measure([new URL(`${locale}.json`, dist)]).gzip).toBeLessThan(BUDGET)
  })
})
