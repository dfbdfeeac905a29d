import type { GuidanceSet } from '@healthmark/schema'

/** A minimal valid guidance set whose tips have the given ids, as titles and text too. */
export function guidanceSet(
  ids: readonly string[],
  locale = 'en',
  level: GuidanceSet['tips'][number]['evidence']['level'] = 'limited',
): GuidanceSet {
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
    tips: ids.map((id) => ({
      id,
      title: id,
      summary: id,
      body: id,
      aspect: 'self-care' as const,
      evidence: {
        level,
        sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/', year: 2024 }],
      },
    })),
  } as GuidanceSet
}
