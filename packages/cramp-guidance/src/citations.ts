import type { Citation, GuidanceSet } from '@healthmark/schema'
import de from '../data/citations/de.json'
import en from '../data/citations/en.json'
import { deepFreeze } from './deep-freeze'
import { describeValue, listValues } from './describe-value'
import { type AvailableLocale, availableLocales } from './locales'
import { lookupLocale } from './match-locale'

/** The review record of one tip or red flag. */
export interface Review {
  /** The reviewer's reasoning behind a tip's evidence level (tips only; for editors, not readers). */
  readonly note?: string
  /** One `{ source, says }` per source the tip or red flag cites, in the same order. */
  readonly citations: readonly Citation[]
}

/** The review records of one locale, by tip or red-flag id. */
export type ReviewTable = Readonly<Record<string, Review>>

/**
 * Why each source is cited, and why each tip has its level, per locale. Kept
 * out of the per-locale entries (`/en`, `/de`) so that a site that only
 * shows tips does not ship them.
 */
export const reviews: Readonly<Record<AvailableLocale, ReviewTable>> = Object.freeze({
  en: deepFreeze(en),
  de: deepFreeze(de),
})

/**
 * The citations of one tip or red flag (ids are the same in every locale),
 * or `undefined` for an id the set does not have.
 *
 * @throws {TypeError} when `id` is not a string.
 */
export function getCitations(id: string, locale?: string): readonly Citation[] | undefined {
  if (typeof id !== 'string') {
    throw new TypeError(
      `getCitations: argument \`id\` must be a tip or red-flag id string such as "stretch-before-bed", got ${describeValue(id)}`,
    )
  }
  const table = reviews[tableLocale(locale ?? 'en', 'getCitations')]
  return Object.hasOwn(table, id) ? table[id]?.citations : undefined
}

/**
 * A copy of one of this package's guidance sets with the review added, as
 * `@healthmark/schema` defines it: `evidence.citations` and `evidence.note`
 * on every tip, `citations` on every red flag. For an editor's view, a
 * review tool, or validation with the citation rules of `parseGuidanceSet`.
 *
 * @throws {TypeError} when `set` is not a guidance set of a locale this
 *   package ships, or names a tip or red flag with no citations.
 */
export function withCitations(set: GuidanceSet): GuidanceSet {
  if (typeof set !== 'object' || set === null || !Array.isArray(set.tips)) {
    throw new TypeError(
      'withCitations: argument `set` must be a guidance set from @healthmark/cramp-guidance',
    )
  }
  const table = reviews[tableLocale(set.locale, 'withCitations')]
  const find = (id: string) => {
    const found = Object.hasOwn(table, id) ? table[id] : undefined
    if (found === undefined) {
      throw new TypeError(
        `withCitations: the set has "${id}", for which this package has no citations; pass a set from @healthmark/cramp-guidance`,
      )
    }
    return found
  }
  return deepFreeze({
    ...set,
    tips: set.tips.map((tip) => {
      const { note, citations } = find(tip.id)
      return {
        ...tip,
        evidence: {
          ...tip.evidence,
          citations: [...citations],
          ...(note !== undefined && { note }),
        },
      }
    }),
    redFlags: set.redFlags.map((flag) => ({ ...flag, citations: [...find(flag.id).citations] })),
  })
}

function tableLocale(locale: unknown, caller: string): AvailableLocale {
  const match = typeof locale === 'string' ? lookupLocale(locale, availableLocales) : undefined
  if (match === undefined) {
    throw new TypeError(
      `${caller}: locale must be one of ${listValues(availableLocales)} (or a regional tag such as "de-AT"), got ${describeValue(locale)}`,
    )
  }
  return match
}
