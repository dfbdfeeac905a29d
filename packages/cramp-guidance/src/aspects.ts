import type { Aspect } from '@healthmark/schema'

// Every aspect of the schema, in the order a reader meets them on a guide page:
// what it is, why it happens, what to do now, when to get help, how to prevent
// it, what a doctor may offer, then the myths. Written as an object so that
// `satisfies` fails to compile when the schema gains or loses an aspect.
//
// Kept here rather than importing `ASPECTS` from `@healthmark/schema` at run
// time: that module builds zod schemas on load, which would pull zod into the
// bundle of every site that only wants the data. A test compares the two lists.
const readingOrder = {
  overview: true,
  symptoms: true,
  causes: true,
  'risk-factors': true,
  'self-care': true,
  'see-doctor': true,
  prevention: true,
  treatments: true,
  misconceptions: true,
  pregnancy: true,
  'living-with': true,
} as const satisfies Record<Aspect, true>

/** Every aspect, in the order `toMarkdown` prints their sections. */
export const ASPECTS_IN_READING_ORDER: readonly Aspect[] = Object.freeze(
  Object.keys(readingOrder) as Aspect[],
)

/** Whether `value` is one of the schema's aspects. */
export function isAspect(value: unknown): value is Aspect {
  return typeof value === 'string' && Object.hasOwn(readingOrder, value)
}
