import { describeValue } from './describe-value'

/**
 * Canonicalise a BCP 47 tag (`de-at` → `de-AT`), or throw a `TypeError` that
 * names the argument when it is not a string or not a well-formed tag.
 */
export function canonicalLocale(value: unknown, argument: string, expected: string): string {
  if (typeof value === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(value)
      if (canonical !== undefined) return canonical
    } catch {
      // Intl throws a RangeError for a malformed tag; reported below.
    }
  }
  throw new TypeError(
    `${argument} must be a BCP 47 language tag such as "en" or "de-AT" (${expected}), got ${describeValue(value)}`,
  )
}

/**
 * RFC 4647 "lookup": try the whole tag, then drop subtags from the end
 * (`de-Latn-AT` → `de-Latn` → `de`) until one of `available` matches.
 * Comparison ignores case, as BCP 47 does.
 */
export function lookupLocale<Locale extends string>(
  canonical: string,
  available: readonly Locale[],
): Locale | undefined {
  const subtags = canonical.toLowerCase().split('-')
  while (subtags.length > 0) {
    const candidate = subtags.join('-')
    const match = available.find((locale) => locale.toLowerCase() === candidate)
    if (match !== undefined) return match
    subtags.pop()
    // A single-letter subtag opens an extension (`-u-…`, `-x-…`); drop it too.
    if (subtags.at(-1)?.length === 1) subtags.pop()
  }
  return undefined
}
