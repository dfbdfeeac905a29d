import { footnoteOptions } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

/**
 * @typedef {import('@healthmark/schema').GuidanceSet} GuidanceSet
 */

/** The site's name as the affiliate disclosure should say it. */
export const SITE_NAME = 'Healthmark Demo'

/**
 * The whole Markdown → HTML pipeline of this example. `remark-directive` must
 * come before Healthmark so that `::health-tip{id="…"}` and `:::warning`
 * containers reach the plugin as directive nodes.
 *
 * `article` turns on what belongs to an authored article: the review byline
 * with the `stale-review` and `missing-review` checks, and the article's
 * JSON-LD on `file.data.healthmark.jsonLd` (the page puts it in the head).
 * Guide pages are rendered from the dataset, which carries its own review.
 *
 * @param {{locale: 'en' | 'de', tips: GuidanceSet | Array<GuidanceSet>, article: boolean}} options
 */
export function createProcessor({ locale, tips, article }) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkNotices, {
      locale,
      tips,
      // The "not medical advice" notice goes after the first heading of every page.
      disclaimer: 'top',
      // On by default; `siteName` goes into Amazon's required statement.
      affiliate: { siteName: SITE_NAME },
      // "Medically reviewed by … · Last reviewed …" under the heading, from front matter.
      review: article,
      jsonLd: article ? 'data' : false,
      // `unsupported-claim` runs on every page: the tips carry the patterns.
    })
    .use(remarkRehype, footnoteOptions(locale))
    .use(rehypeStringify)
}
