import { describe, expect, it } from 'vitest'
import { resolveSources, type SourceTable } from '../src/resolve-sources'

const table: SourceTable = {
  'nhs-leg-cramps': {
    title: 'Leg cramps',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
    year: 2026,
  },
}

function authored(tipSources: string[], flagSources: string[]) {
  return {
    locale: 'xx',
    tips: [{ id: 'a', evidence: { level: 'limited', sources: tipSources } }],
    redFlags: [{ id: 'b', sources: flagSources }],
  }
}

describe('resolveSources', () => {
  it('replaces source ids with the full source, sharing one object per id', () => {
    const set = resolveSources(authored(['nhs-leg-cramps'], ['nhs-leg-cramps']), table, '1.2.3')
    const [tipSource] = set.tips[0]?.evidence.sources ?? []
    expect(tipSource).toEqual({ id: 'nhs-leg-cramps', ...table['nhs-leg-cramps'] })
    expect(set.redFlags[0]?.sources[0]).toBe(tipSource)
    expect(set.version).toBe('1.2.3')
  })

  it('names the locale, the place and the id of an unknown source', () => {
    expect(() => resolveSources(authored([], ['nhs-leg-cramp']), table, '1.0.0')).toThrow(
      'data/xx.json: redFlags[0].sources[0] names source id "nhs-leg-cramp", which data/sources.json does not define',
    )
    expect(() => resolveSources(authored(['toString'], []), table, '1.0.0')).toThrow(
      /tips\[0\]\.evidence\.sources\[0\] names source id "toString"/,
    )
  })
})
