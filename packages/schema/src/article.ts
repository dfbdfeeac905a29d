import type { CreativeWork, MedicalCondition, MedicalWebPage, Person } from 'schema-dts'
import { z } from 'zod'
import type { Source } from './evidence'
import { HttpsUrlSchema, plainText } from './fields'
import { type Condition, ConditionSchema } from './guidance-set'
import { toCondition, toCreativeWork } from './json-ld'

/** Who medically reviewed an article: `{ name, credential?, url? }`. */
export const ArticleReviewerSchema = z
  .strictObject({
    name: plainText(200),
    /** Shown after the name, such as `MD` or `PharmD`. */
    credential: plainText(100).optional(),
    url: HttpsUrlSchema.optional(),
  })
  .meta({ id: 'ArticleReviewer', title: 'Article reviewer' })

export type ArticleReviewer = z.infer<typeof ArticleReviewerSchema>

const reviewerEntry = z.union([plainText(200), ArticleReviewerSchema])

/** `reviewedBy` as front matter writes it: a name, a reviewer, or a non-empty list of either. */
export const ReviewedBySchema = z.union([
  reviewerEntry,
  z.array(reviewerEntry).min(1, { error: 'must name at least one reviewer' }),
])

/** `condition` as front matter writes it: the condition's name or a full condition. */
export const ArticleConditionSchema = z.union([plainText(160), ConditionSchema])

/** An article's review state: when it was last reviewed and by whom. */
export interface ArticleReview {
  /** `YYYY-MM-DD`, when known. */
  lastReviewed?: string | undefined
  /** Every reviewer, in the order the article names them (may be empty). */
  reviewedBy: ArticleReviewer[]
}

/** What {@link toArticleJsonLd} describes. */
export interface ArticleInput {
  /** The article's title, usually its first heading. */
  headline?: string | undefined
  /** BCP 47 language tag of the article. */
  inLanguage: string
  review?: ArticleReview | undefined
  /** The condition the article is about. */
  about?: Condition | undefined
  /** The sources the article cites; repeats (same URL) are listed once. */
  sources?: readonly Source[] | undefined
}

/** A reviewer as schema.org `Person`. */
export type ArticleReviewerJsonLd = Person & {
  '@type': 'Person'
  name: string
  honorificSuffix?: string
  url?: string
}

/** The JSON-LD {@link toArticleJsonLd} returns: a schema.org `MedicalWebPage`. */
export type ArticleJsonLd = MedicalWebPage & {
  '@context': 'https://schema.org'
  '@type': 'MedicalWebPage'
  headline?: string
  inLanguage: string
  lastReviewed?: string
  reviewedBy?: ArticleReviewerJsonLd[]
  about?: MedicalCondition
  citation?: CreativeWork[]
}

/**
 * Describe one article as a schema.org `MedicalWebPage`: its headline and
 * language, who reviewed it and when, what condition it is about and the
 * sources it cites. Fields with nothing to say are left out.
 */
export function toArticleJsonLd(article: ArticleInput): ArticleJsonLd {
  const { headline, inLanguage, review, about, sources = [] } = article
  const reviewers = review?.reviewedBy ?? []
  const citations = distinctByUrl(sources)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...(headline && { headline }),
    inLanguage,
    ...(review?.lastReviewed && { lastReviewed: review.lastReviewed }),
    ...(reviewers.length > 0 && { reviewedBy: reviewers.map(toPerson) }),
    ...(about && { about: toCondition(about) }),
    ...(citations.length > 0 && { citation: citations.map(toCreativeWork) }),
  }
}

function toPerson(reviewer: ArticleReviewer): ArticleReviewerJsonLd {
  return {
    '@type': 'Person',
    name: reviewer.name,
    // schema.org's own example for `honorificSuffix` is "M.D.".
    ...(reviewer.credential && { honorificSuffix: reviewer.credential }),
    ...(reviewer.url && { url: reviewer.url }),
  }
}

function distinctByUrl(sources: readonly Source[]): Source[] {
  const byUrl = new Map<string, Source>()
  for (const source of sources) if (!byUrl.has(source.url)) byUrl.set(source.url, source)
  return [...byUrl.values()]
}
