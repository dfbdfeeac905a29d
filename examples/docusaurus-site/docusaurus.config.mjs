import { createRequire } from 'node:module'
import { getGuidance } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'

// Docusaurus resolves `customCss` entries as paths from the site folder, not
// as package names: resolve the stylesheet to a file first.
const require = createRequire(import.meta.url)

/** @type {[typeof remarkNotices, import('@healthmark/remark-notices').Options]} */
const healthmark = [
  remarkNotices,
  {
    tips: getGuidance('en'), // where `::health-tip{id="…"}` looks tips up
    disclaimer: 'top', // "not medical advice" after each page's title
    affiliate: {
      siteName: 'Calm Calves', // goes into Amazon's required statement
      // Docusaurus gives external links `rel="noopener noreferrer"` unless the
      // link has a `rel` of its own: keep its tokens on affiliate links too.
      rel: ['sponsored', 'nofollow', 'noopener', 'noreferrer'],
    },
  },
]

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Calm Calves',
  tagline: 'Plain, cited guidance on muscle cramps',
  url: 'https://www.example.com',
  baseUrl: '/',
  // Pages as folders (`docs/night-leg-cramps/index.html`), as most static hosts serve them.
  trailingSlash: true,
  onBrokenLinks: 'throw',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        // `remarkPlugins`, not `beforeDefaultRemarkPlugins`: Docusaurus must
        // render its own `:::note`, `:::danger` … first.
        docs: { remarkPlugins: [healthmark] },
        blog: { remarkPlugins: [healthmark], onUntruncatedBlogPosts: 'throw' },
        pages: { remarkPlugins: [healthmark] },
        theme: {
          customCss: [
            require.resolve('@healthmark/remark-notices/styles.css'),
            './src/css/custom.css', // the site's own colours
          ],
        },
      }),
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Calm Calves',
      items: [
        { to: '/docs/night-leg-cramps/', label: 'Guide', position: 'left' },
        { to: '/blog/', label: 'Blog', position: 'left' },
      ],
    },
  },
}
