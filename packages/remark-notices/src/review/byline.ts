import type { ArticleReview, ArticleReviewer } from '@healthmark/schema'
import type { Paragraph, PhrasingContent } from 'mdast'
import type { Locale } from '../common/constants'
import { REVIEW_TEXTS } from './texts'

/** `current`, or `stale` when the review is older than the allowed age. */
export type ReviewState = 'current' | 'stale'

/**
 * The review byline, "Medically reviewed by Dr A. Example, MD · Last
 * reviewed 1 October 2026", as a paragraph that renders
 * `<p class="health-review" data-health-review="current">` with the date in a
 * `<time datetime>`. Names and credentials come from front matter, so they
 * stay text (or link) nodes that the HTML serializer escapes.
 */
export function reviewByline(review: ArticleReview, locale: Locale, state: ReviewState): Paragraph {
  const texts = REVIEW_TEXTS[locale]
  const parts: PhrasingContent[][] = []
  if (review.reviewedBy.length > 0) {
    parts.push([
      { type: 'text', value: `${texts.reviewedBy} ` },
      ...reviewerList(review.reviewedBy, texts.format),
    ])
  }
  if (review.lastReviewed !== undefined) {
    parts.push([
      { type: 'text', value: `${texts.lastReviewed} ` },
      {
        type: 'text',
        value: formatDate(review.lastReviewed, texts.format),
        data: { hName: 'time', hProperties: { dateTime: review.lastReviewed } },
      },
    ])
  }
  return {
    type: 'paragraph',
    children: parts.flatMap((part, index) =>
      index === 0 ? part : [{ type: 'text', value: ' · ' }, ...part],
    ),
    data: { hName: 'p', hProperties: { className: ['health-review'], dataHealthReview: state } },
  }
}

/** `1 October 2026` for `2026-10-01`, in the locale's words, whatever the machine's time zone. */
export function formatDate(date: string, format: string): string {
  return new Intl.DateTimeFormat(format, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}

/** "A, B and C" in the locale's words; a reviewer with a `url` becomes a link. */
function reviewerList(reviewers: readonly ArticleReviewer[], format: string): PhrasingContent[] {
  const names = reviewers.map((reviewer) =>
    reviewer.credential ? `${reviewer.name}, ${reviewer.credential}` : reviewer.name,
  )
  const parts = new Intl.ListFormat(format, { type: 'conjunction' }).formatToParts(names)
  let next = 0
  return parts.map((part): PhrasingContent => {
    if (part.type === 'literal') return { type: 'text', value: part.value }
    const reviewer = reviewers[next++]
    const text: PhrasingContent = { type: 'text', value: part.value }
    return reviewer?.url ? { type: 'link', url: reviewer.url, children: [text] } : text
  })
}
