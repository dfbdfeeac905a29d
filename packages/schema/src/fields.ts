import { z } from 'zod'

// Every constraint here is a pattern or a bound, never a refinement, so the
// generated JSON Schema accepts exactly what zod accepts (see test/agreement).

/** Lowercase words joined by single hyphens, such as `nhs-leg-cramps`. */
export const SlugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a lowercase slug of letters, digits and single hyphens, such as "leg-cramps"',
  })

/** A calendar date `YYYY-MM-DD` that exists (no February 30th). */
export const IsoDateSchema = z.iso.date({ error: 'must be a real date written as YYYY-MM-DD' })

/** An absolute `https:` URL. Plain `http:` and other schemes are refused. */
export const HttpsUrlSchema = z
  .string()
  .max(2048)
  .regex(/^https:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?(?:[/?#][^\s]*)?$/, {
    error: 'must be an absolute https: URL, such as "https://www.nhs.uk/conditions/leg-cramps/"',
  })

/** Semantic version `MAJOR.MINOR.PATCH` with optional pre-release and build parts. */
export const SemverSchema = z
  .string()
  .regex(
    /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/,
    { error: 'must be a semantic version such as "1.2.0"' },
  )

/** A BCP 47 language tag such as `en`, `de-AT` or `es-419`. */
export const LocaleSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
    error: 'must be a BCP 47 language tag such as "en", "de-AT" or "es-419"',
  })

/** An SPDX licence identifier such as `CC-BY-4.0` or `MIT`. */
export const SpdxIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, {
  error: 'must be an SPDX licence identifier such as "CC-BY-4.0"',
})

/** One line of plain text: no line breaks and no angle brackets (so no HTML). */
export function plainText(max: number) {
  return z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/^[^\r\n<>]*$/, { error: 'must be one line of plain text without < or >' })
}

/** Markdown text: may span lines, bounded so one entry cannot swamp a page. */
export function markdownText(max: number) {
  return z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
}
