import { getGuidance } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'

/**
 * The one preset `remark` lints with (`npm run check`) and `build.mjs`
 * renders with, so the pages are exactly what was checked.
 */
export default {
  plugins: [
    remarkFrontmatter, // front matter stays front matter, not a paragraph
    remarkGfm,
    remarkDirective, // before Healthmark: `:::name` and `::health-tip` become directives
    [
      remarkNotices,
      {
        tips: getGuidance('en'),
        // Checker mode: report a missing disclosure instead of inserting one,
        // so the source file says what readers see.
        affiliate: { insert: false, siteName: 'Calm Calves' },
      },
    ],
  ],
}
