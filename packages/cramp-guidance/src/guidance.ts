import type { Aspect, GuidanceSet, HealthTip, RedFlag } from '@healthmark/schema'
import { ASPECTS_IN_READING_ORDER, isAspect } from './aspects'
import { crampGuidance as de } from './de'
import { describeValue, listValues } from './describe-value'
import { crampGuidance as en } from './en'
import { type AvailableLocale, fallbackLocale, resolveLocaleArgument } from './locales'

const sets: Readonly<Record<AvailableLocale, GuidanceSet>> = Object.freeze({ en, de })

function setFor(locale: unknown, caller: string): GuidanceSet {
  if (locale === undefined) return sets[fallbackLocale]
  return sets[resolveLocaleArgument(locale, caller).locale]
}

/**
 * The guidance set for a BCP 47 language tag (default `'en'`). A language we
 * do not ship falls back to English; the set's `locale` field says which one
 * you got (see `resolveLocale` to ask before loading).
 *
 * @throws {TypeError} when `locale` is not a well-formed language tag.
 */
export function getGuidance(locale?: string): GuidanceSet {
  return setFor(locale, 'getGuidance')
}

/**
 * One tip by its id, or `undefined` when no tip has that id (ids are the same
 * in every locale).
 *
 * @throws {TypeError} when `id` is not a string or `locale` not a language tag.
 */
export function getTip(id: string, locale?: string): HealthTip | undefined {
  if (typeof id !== 'string') {
    throw new TypeError(
      `getTip: argument \`id\` must be a tip id string such as "stretch-during-cramp", got ${describeValue(id)}`,
    )
  }
  return setFor(locale, 'getTip').tips.find((tip) => tip.id === id)
}

/**
 * The tips about one aspect, in data order; an empty array when the set has
 * none for an aspect the schema knows.
 *
 * @throws {TypeError} when `aspect` is not one of the schema's aspects.
 */
export function tipsByAspect(aspect: Aspect, locale?: string): HealthTip[] {
  if (!isAspect(aspect)) {
    throw new TypeError(
      `tipsByAspect: argument \`aspect\` must be one of ${listValues(ASPECTS_IN_READING_ORDER)}, got ${describeValue(aspect)}`,
    )
  }
  return setFor(locale, 'tipsByAspect').tips.filter((tip) => tip.aspect === aspect)
}

/**
 * The red flags: symptoms and situations that need a professional, each with
 * its urgency, the action to take and its sources.
 *
 * @throws {TypeError} when `locale` is not a well-formed language tag.
 */
export function redFlags(locale?: string): RedFlag[] {
  return [...setFor(locale, 'redFlags').redFlags]
}
