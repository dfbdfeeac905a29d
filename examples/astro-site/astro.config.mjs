import mdx from '@astrojs/mdx'
import remarkNotices from '@healthmark/remark-notices'
import { defineConfig } from 'astro/config'
import remarkDirective from 'remark-directive'
import { healthmarkOptions, remarkJsonLdToFrontmatter } from './src/lib/healthmark.mjs'

export default defineConfig({
  // Absolute page URLs (`Astro.url`) feed the JSON-LD, which needs them.
  site: 'https://www.example.com',
  output: 'static',
  trailingSlash: 'always',
  // `@astrojs/mdx` reuses `markdown.remarkPlugins`, so `.md` and `.mdx` pages get the same callouts.
  integrations: [mdx()],
  markdown: {
    // remark-directive first: it turns `::health-tip{id="…"}` and `:::warning` into the
    // directive nodes Healthmark looks for.
    // The articles also get the review byline from their front matter and their own
    // JSON-LD, which the layout puts in the head.
    remarkPlugins: [
      remarkDirective,
      [remarkNotices, { ...healthmarkOptions('en'), review: true, jsonLd: 'data' }],
      remarkJsonLdToFrontmatter,
    ],
  },
})
