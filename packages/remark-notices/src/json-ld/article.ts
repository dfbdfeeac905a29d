import {
  type ArticleJsonLd,
  type ArticleReview,
  type Condition,
  type HealthTip,
  toArticleJsonLd,
} from '@healthmark/schema'
import type { Root } from 'mdast'
import { toString as nodeText } from 'mdast-util-to-string'

/** What the plugin knows about one document when it builds its JSON-LD. */
export interface ArticleFacts {
  /** Front matter `title`, if any; else the first heading is the headline. */
  title?: string | undefined
  locale: string
  review?: ArticleReview | undefined
  condition?: Condition | undefined
  /** Every tip the document embeds with `::health-tip`, in order. */
  tips: readonly HealthTip[]
}

/**
 * The document's schema.org `MedicalWebPage`: the headline from front
 * matter or the first heading, the review, the condition, and as `citation`
 * the sources of every tip the page shows.
 */
export function articleJsonLd(tree: Root, facts: ArticleFacts): ArticleJsonLd {
  return toArticleJsonLd({
    headline: facts.title ?? firstHeading(tree),
    inLanguage: facts.locale,
    review: facts.review,
    about: facts.condition,
    sources: facts.tips.flatMap((tip) => tip.evidence.sources),
  })
}

function firstHeading(tree: Root): string | undefined {
  const heading = tree.children.find((node) => node.type === 'heading')
  const text = heading && nodeText(heading).trim()
  return text || undefined
}
