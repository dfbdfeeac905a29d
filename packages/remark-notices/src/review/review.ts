import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Locale } from '../common/constants'
import { insertBlock } from '../common/insert'
import { report } from '../common/messages'
import { CARE_TYPES } from '../common/notice-types'
import type { DocumentPass } from '../common/pass'
import type { ReviewSettings } from '../options/settings'
import { isStale, reviewDueDate } from './age'
import { reviewByline } from './byline'
import type { ArticleMetadata, MetadataProblem } from './metadata'

/**
 * The review byline and the review rules for one file: the byline is
 * inserted when front matter names a review; `stale-review` when that review
 * is older than allowed on `today`; `missing-review` when there is none but
 * the document tells readers when to get care or shows health tips.
 */
export function createReview(
  settings: ReviewSettings,
  locale: Locale,
  file: VFile,
  metadata: ArticleMetadata,
  today: string,
): DocumentPass {
  let firstHealthAdvice: Nodes | undefined
  return {
    enter(node) {
      if (firstHealthAdvice || node.type !== 'blockquote') return
      const type = node.data?.notice?.type
      if (node.data?.healthTip || (type !== undefined && CARE_TYPES.has(type))) {
        firstHealthAdvice = node
      }
    },
    finish(tree) {
      const { review } = metadata
      if (!review) {
        if (settings.missing && firstHealthAdvice) {
          report(
            file,
            'This document tells readers when to get care or shows health tips, but names no medical review: add `lastReviewed` and `reviewedBy` to its front matter (or turn this off with `review: { missing: false }`)',
            'missing-review',
            firstHealthAdvice,
          )
        }
        return
      }
      const { lastReviewed } = review
      const stale =
        lastReviewed !== undefined && isStale(lastReviewed, settings.maxAgeMonths, today)
      if (stale) {
        report(
          file,
          `Last reviewed ${lastReviewed}, more than ${settings.maxAgeMonths} months ago (due by ${reviewDueDate(lastReviewed, settings.maxAgeMonths)}): review the article again and update \`lastReviewed\``,
          'stale-review',
          frontMatterNode(tree),
        )
      }
      insertBlock(
        tree,
        reviewByline(review, locale, stale ? 'stale' : 'current'),
        settings.position,
      )
    },
  }
}

/**
 * Report every front-matter value the review and JSON-LD features could not
 * use, at the front matter block (or the document's start).
 */
export function reportMetadataProblems(
  file: VFile,
  tree: Root,
  problems: readonly MetadataProblem[],
): void {
  const place = frontMatterNode(tree)
  for (const problem of problems) {
    report(
      file,
      `Front matter \`${problem.field}\`: ${problem.reason}`,
      'invalid-front-matter',
      place,
    )
  }
}

/** The front matter block, whose position messages about it point at; else the first node. */
function frontMatterNode(tree: Root): Nodes | undefined {
  // `toml` is not in mdast's types, but remark-frontmatter makes it.
  const matter = tree.children.find((node) => node.type === 'yaml' || String(node.type) === 'toml')
  return matter ?? tree.children[0]
}
