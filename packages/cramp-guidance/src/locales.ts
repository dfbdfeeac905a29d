import { listValues } from './describe-value'
import { canonicalLocale, lookupLocale } from './match-locale'

/** The locales this package ships, `en` first: it is the fallback. */
export const availableLocales = Object.freeze(['en', 'de'] as const)

/** One of {@link availableLocales}. */
export type AvailableLocale = (typeof availableLocales)[number]

/** The locale every other language falls back to. */
export const fallbackLocale: AvailableLocale = 'en'

/** What {@link resolveLocale} found for a requested language tag. */
export interface LocaleResolution {
  /** The tag as it was asked for, such as `'fr-CA'`. */
  requested: string
  /** The locale whose data is returned, such as `'en'`. */
  locale: AvailableLocale
  /** `true` when the requested language is not available and `en` is used instead. */
  fallback: boolean
}

const expected = `available: ${listValues(availableLocales)}; any other language falls back to "en"`

/** Shared by every function that takes a `locale` argument. */
export function resolveLocaleArgument(requested: unknown, caller: string): LocaleResolution {
  const canonical = canonicalLocale(requested, `${caller}: argument \`locale\``, expected)
  const match = lookupLocale(canonical, availableLocales)
  return {
    requested: requested as string,
    locale: match ?? fallbackLocale,
    fallback: match === undefined,
  }
}

/**
 * Which locale's data the package returns for a BCP 47 tag: `de-AT` → `de`,
 * `fr-CA` → `en` with `fallback: true`.
 *
 * @throws {TypeError} when `requested` is not a string or not a well-formed tag.
 */
export function resolveLocale(requested: string): LocaleResolution {
  return resolveLocaleArgument(requested, 'resolveLocale')
}
