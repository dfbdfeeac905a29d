import type { GuidanceSet, HealthTip } from '@healthmark/schema'

type Level = HealthTip['evidence']['level']

/** A valid tip whose title, summary and body are its id, with `overrides` on top. */
export function healthTip(id: string, overrides: Partial<HealthTip> = {}): HealthTip {
  return {
    id,
    title: id,
    summary: id,
    body: id,
    aspect: 'self-care',
    evidence: {
      level: 'limited',
      sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/', year: 2024 }],
    },
    ...overrides,
  } as HealthTip
}

/** A minimal valid guidance set holding `tips`. */
export function guidanceSetOf(tips: HealthTip[], locale = 'en'): GuidanceSet {
  return {
    id: 'set',
    title: 'Set',
    condition: { name: 'Cramp' },
    locale,
    version: '1.0.0',
    lastReviewed: '2026-01-01',
    license: 'CC-BY-4.0',
    disclaimer: 'Not advice.',
    redFlags: [],
    tips,
  } as GuidanceSet
}

/** A minimal valid guidance set whose tips have the given ids, as titles and text too. */
export function guidanceSet(ids: readonly string[], locale = 'en', level: Level = 'limited') {
  return guidanceSetOf(
    ids.map((id) =>
      healthTip(id, {
        evidence: {
          level,
          sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/', year: 2024 }],
        },
      }),
    ),
    locale,
  )
}
