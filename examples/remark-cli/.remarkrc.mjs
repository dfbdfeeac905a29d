import { getGuidance } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { matter } from 'vfile-matter'

/** Parse YAML front matter into `file.data.matter`, where the plugin reads `healthmark:`. */
function remarkMatter() {
  return (_, file) => {
    matter(file)
  }
}

/**
 * The one preset `remark` checks with (`npm run check`) and `build.mjs`
 * renders with, so the pages are exactly what was checked.
 */
export default {
  plugins: [
    remarkFrontmatter, // front matter stays front matter, not a paragraph
    remarkMatter,
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
