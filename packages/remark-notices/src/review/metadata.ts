import {
  ArticleConditionSchema,
  type ArticleReview,
  type ArticleReviewer,
  ArticleReviewerSchema,
  type Condition,
  formatPath,
  IsoDateSchema,
} from '@healthmark/schema'
import type { VFile } from 'vfile'
import { type FrontMatterField, frontMatterField } from '../common/front-matter'

/** A front-matter value that could not be used: which field and why. */
export interface MetadataProblem {
  /** As written, with the path inside it: `reviewedBy[1].url`, `healthmark.lastReviewed`. */
  field: string
  /** What was expected and what was found. */
  reason: string
}

/** What a document's front matter says about its review and subject. */
export interface ArticleMetadata {
  /** Undefined when the document has no usable `lastReviewed` or `reviewedBy`. */
  review: ArticleReview | undefined
  /** From `condition`: a name or `{ name, alternateNames?, icd10? }`. */
  condition: Condition | undefined
  /** The page title from front matter (`title`), when it is a string; the JSON-LD headline. */
  title: string | undefined
  problems: MetadataProblem[]
}

const REVIEWER_EXPECTED = 'expected a name, { name, credential?, url? } or a list of them'

/**
 * Read `lastReviewed`, `reviewedBy`, `condition` and `title` from the document's
 * front matter (top level or under `healthmark:`). A value that is present
 * but wrong is left out and reported as a problem, never guessed at.
 *
 * @param today `YYYY-MM-DD`; a review date after it is a problem.
 */
export function readArticleMetadata(file: VFile, today: string): ArticleMetadata {
  const problems: MetadataProblem[] = []
  const date = frontMatterField(file, 'lastReviewed')
  const reviewers = frontMatterField(file, 'reviewedBy')
  const lastReviewed = date && readDate(date, today, problems)
  const reviewedBy = reviewers ? readReviewers(reviewers, problems) : []
  const condition = frontMatterField(file, 'condition')
  const title = frontMatterField(file, 'title')?.value
  return {
    review:
      lastReviewed !== undefined || reviewedBy.length > 0
        ? { ...(lastReviewed !== undefined && { lastReviewed }), reviewedBy }
        : undefined,
    condition: condition && readCondition(condition, problems),
    // `title` belongs to the site, not to us: used when it is text, never reported.
    title: typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined,
    problems,
  }
}

function readDate(
  field: FrontMatterField,
  today: string,
  problems: MetadataProblem[],
): string | undefined {
  const date = isoDate(field.value)
  if (date === undefined) {
    problems.push({
      field: field.name,
      reason: `expected a date written as YYYY-MM-DD, got ${describe(field.value)}`,
    })
  } else if (date > today) {
    problems.push({ field: field.name, reason: `${date} is in the future (today is ${today})` })
  } else {
    return date
  }
  return undefined
}

/**
 * `YYYY-MM-DD` from a string, or from the `Date` that YAML 1.1 parsers
 * (js-yaml, used by Astro and gray-matter) make of an unquoted date.
 */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    const text = Number.isNaN(value.getTime()) ? '' : value.toISOString()
    return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : undefined
  }
  return IsoDateSchema.safeParse(value).success ? (value as string) : undefined
}

function readReviewers(field: FrontMatterField, problems: MetadataProblem[]): ArticleReviewer[] {
  const entries = Array.isArray(field.value) ? field.value : [field.value]
  if (entries.length === 0) {
    problems.push({ field: field.name, reason: `${REVIEWER_EXPECTED}, got an empty list` })
  }
  const result: ArticleReviewer[] = []
  for (const [index, entry] of entries.entries()) {
    const name = Array.isArray(field.value) ? `${field.name}[${index}]` : field.name
    const reviewer = readReviewer(entry, name, problems)
    if (reviewer) result.push(reviewer)
  }
  return result
}

function readReviewer(
  value: unknown,
  field: string,
  problems: MetadataProblem[],
): ArticleReviewer | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
  if (typeof value !== 'string' && !isObject) {
    problems.push({ field, reason: `${REVIEWER_EXPECTED}, got ${describe(value)}` })
    return undefined
  }
  const result = ArticleReviewerSchema.safeParse(isObject ? value : { name: value })
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))
    problems.push({
      // A plain name is checked as `name`, but the author wrote no `name` key.
      field: isObject && path.length > 0 ? `${field}.${formatPath(path)}` : field,
      reason:
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.map((key) => `\`${key}\``).join(', ')}; ${REVIEWER_EXPECTED}`
          : issue.message,
    })
  }
  return undefined
}

function readCondition(
  field: FrontMatterField,
  problems: MetadataProblem[],
): Condition | undefined {
  const result = ArticleConditionSchema.safeParse(field.value)
  if (result.success) return typeof result.data === 'string' ? { name: result.data } : result.data
  problems.push({
    field: field.name,
    reason: `expected a condition name or { name, alternateNames?, icd10? }, got ${describe(field.value)}`,
  })
  return undefined
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date with a time of day'
  return typeof value === 'object' ? 'an object' : String(value)
}
