import crampGuidance from '@healthmark/cramp-guidance/en.json' with { type: 'json' }
import createMDX from '@next/mdx'

// Plugins by name, options as plain data: Turbopack hands both to its MDX
// loader as JSON, so no functions, class instances or RegExps in here.
const remarkPlugins = [
  'remark-gfm',
  'remark-directive',
  [
    '@healthmark/remark-notices',
    {
      locale: 'en',
      disclaimer: 'top',
      // A guidance set is JSON data, so it crosses over as it is.
      tips: crampGuidance,
      affiliate: { siteName: 'Calm Calves' },
    },
  ],
]

// This example only: `npm run build-time` also builds without the plugin, to compare.
if (process.env.WITHOUT_HEALTHMARK === '1') remarkPlugins.pop()

const withMDX = createMDX({ options: { remarkPlugins } })

export default withMDX({
  pageExtensions: ['js', 'jsx', 'md', 'mdx'],
  // Plain HTML files that any static host (and the browser tests) can serve.
  output: 'export',
  trailingSlash: true,
  // This example only: the webpack and Turbopack builds export side by side.
  distDir: process.env.NEXT_DIST_DIR ?? 'out',
})
