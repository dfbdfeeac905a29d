import type {
  CreativeWork,
  MedicalCondition,
  MedicalWebPage,
  Organization,
  Person,
} from 'schema-dts'
import type { Aspect } from './aspects'
import type { Source } from './evidence'
import type { Condition, GuidanceSet, Reviewer } from './guidance-set'
import type { HealthAspect, HealthTopicContent } from './schema-org-pending'

/** Options for {@link toJsonLd}. */
export interface JsonLdOptions {
  /** Absolute `http(s)` URL of the page the set is published on (required). */
  url: string
}

/** The JSON-LD document {@link toJsonLd} returns: a schema.org `MedicalWebPage`. */
export type GuidanceJsonLd = Omit<MedicalWebPage, 'hasPart'> & {
  '@context': 'https://schema.org'
  '@type': 'MedicalWebPage'
  hasPart: HealthTopicContent[]
}

/**
 * Our aspects onto schema.org's `HealthAspectEnumeration`. schema.org has no
 * "risk factors" aspect, so risk factors are published as causes.
 */
export const HEALTH_ASPECT_BY_ASPECT: Readonly<Record<Aspect, HealthAspect>> = Object.freeze({
  overview: 'OverviewHealthAspect',
  symptoms: 'SymptomsHealthAspect',
  causes: 'CausesHealthAspect',
  'risk-factors': 'CausesHealthAspect',
  'self-care': 'SelfCareHealthAspect',
  treatments: 'TreatmentsHealthAspect',
  prevention: 'PreventionHealthAspect',
  'see-doctor': 'SeeDoctorHealthAspect',
  misconceptions: 'MisconceptionsHealthAspect',
  'living-with': 'LivingWithHealthAspect',
  pregnancy: 'PregnancyHealthAspect',
})

/** A source as a schema.org `CreativeWork`, for `citation`. */
export function toCreativeWork(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    // schema.org's `author` wants one Person per name; the authors are kept
    // as the reference list writes them, which is what `creditText` is for.
    ...(source.authors !== undefined && { creditText: source.authors }),
    publisher: { '@type': 'Organization', name: source.publisher },
    // A live page has no publication year; its access date is not one.
    ...(source.year !== undefined && { datePublished: String(source.year) }),
  }
}

function toReviewer(reviewer: Reviewer): Person | Organization {
  if (reviewer.type === 'Organization') {
    return {
      '@type': 'Organization',
      name: reviewer.name,
      ...(reviewer.url && { url: reviewer.url }),
    }
  }
  return {
    '@type': 'Person',
    name: reviewer.name,
    ...(reviewer.credentials && { jobTitle: reviewer.credentials }),
    ...(reviewer.url && { url: reviewer.url }),
  }
}

/** A condition as a schema.org `MedicalCondition`, for `about`. */
export function toCondition(condition: Condition): MedicalCondition {
  const { name, alternateNames, icd10 } = condition
  return {
    '@type': 'MedicalCondition',
    name,
    ...(alternateNames && { alternateName: alternateNames }),
    ...(icd10 && { code: { '@type': 'MedicalCode', codeValue: icd10, codingSystem: 'ICD-10' } }),
  }
}

function checkedPageUrl(url: unknown): URL {
  const parsed = typeof url === 'string' && URL.canParse(url) ? new URL(url) : undefined
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(
      `toJsonLd: option \`url\` must be an absolute http(s) URL of the page, got ${JSON.stringify(url)}`,
    )
  }
  return parsed
}

/** Distinct sources of a whole set, by URL, in first-seen order. */
function allSources(set: GuidanceSet): Source[] {
  const byUrl = new Map<string, Source>()
  for (const tip of set.tips)
    for (const s of tip.evidence.sources) byUrl.set(s.url, byUrl.get(s.url) ?? s)
  for (const flag of set.redFlags)
    for (const s of flag.sources) byUrl.set(s.url, byUrl.get(s.url) ?? s)
  return [...byUrl.values()]
}

/**
 * Describe a guidance set as schema.org JSON-LD: a `MedicalWebPage` about a
 * `MedicalCondition`, with one `HealthTopicContent` part per tip and red flag.
 *
 * @throws {TypeError} when `options.url` is not an absolute http(s) URL.
 */
export function toJsonLd(set: GuidanceSet, options: JsonLdOptions): GuidanceJsonLd {
  const page = checkedPageUrl(options?.url)
  // Tips and red flags become the same kind of part: one topic, with its sources.
  const part = (
    id: string,
    name: string,
    text: string,
    aspect: HealthAspect,
    sources: Source[],
  ): HealthTopicContent => ({
    '@type': 'HealthTopicContent',
    '@id': new URL(`#${id}`, page).href,
    name,
    text,
    hasHealthAspect: `https://schema.org/${aspect}`,
    citation: sources.map(toCreativeWork),
  })

  const tipParts = set.tips.map((tip) =>
    part(tip.id, tip.title, tip.summary, HEALTH_ASPECT_BY_ASPECT[tip.aspect], tip.evidence.sources),
  )
  const redFlagParts = set.redFlags.map((flag) =>
    part(flag.id, flag.symptom, flag.action, 'SeeDoctorHealthAspect', flag.sources),
  )

  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.href,
    name: set.title,
    inLanguage: set.locale,
    version: set.version,
    lastReviewed: set.lastReviewed,
    ...(set.reviewer && { reviewedBy: toReviewer(set.reviewer) }),
    license: `https://spdx.org/licenses/${set.license}.html`,
    about: toCondition(set.condition),
    citation: allSources(set).map(toCreativeWork),
    hasPart: [...tipParts, ...redFlagParts],
  } satisfies GuidanceJsonLd
}

/**
 * `JSON.stringify` for a `<script type="application/ld+json">` element:
 * escapes `<`, `>` and `&` so text such as `</script>` cannot end the element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
