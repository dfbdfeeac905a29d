// @ts-check
import starlight from '@astrojs/starlight'
import { getGuidance } from '@healthmark/cramp-guidance'
import starlightHealthmark from '@healthmark/remark-notices/starlight'
import { defineConfig } from 'astro/config'

export default defineConfig({
  // Absolute page URLs (`Astro.url`) feed the JSON-LD, which needs them.
  site: 'https://www.example.com',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Calm Calves',
      // Starlight 0.37's search button fails axe's label-content-name-mismatch rule.
      pagefind: false,
      // Starlight's <head>, plus the guidance as JSON-LD.
      components: { Head: './src/components/Head.astro' },
      plugins: [
        starlightHealthmark({
          tips: getGuidance('en'), // where `::health-tip{id="…"}` looks tips up
          disclaimer: 'top', // "not medical advice" at the top of every page
          affiliate: { siteName: 'Calm Calves' }, // the name in Amazon's statement
        }),
      ],
    }),
  ],
})
