// @ts-check
import starlight from '@astrojs/starlight'
import { getGuidance } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'
import { defineConfig } from 'astro/config'

/** @param {import('@healthmark/remark-notices').Options} options */
function healthmark(options) {
  return {
    name: 'healthmark',
    hooks: {
      'config:setup'({ addIntegration, updateConfig, config }) {
        updateConfig({
          customCss: [...(config.customCss ?? []), '@healthmark/remark-notices/styles.css'],
        })
        addIntegration({
          name: 'healthmark-remark',
          hooks: {
            'astro:config:setup'({ updateConfig }) {
              updateConfig({ markdown: { remarkPlugins: [[remarkNotices, options]] } })
            },
          },
        })
      },
    },
  }
}

export default defineConfig({
  site: 'https://www.example.com',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Calm Calves',
      // Starlight 0.37's search button fails axe's label-content-name-mismatch rule.
      pagefind: false,
      components: { Head: './src/components/Head.astro' },
      plugins: [
        healthmark({
          tips: getGuidance('en'),
          disclaimer: 'top',
          affiliate: { siteName: 'Calm Calves' },
        }),
      ],
    }),
  ],
})
