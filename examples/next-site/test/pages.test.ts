import { readFileSync } from 'node:fs'
import { describeSite } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'
import { describe } from 'vitest'
import { buildSite, bundlers, root } from './site'

const condition = getGuidance('en').condition.name

/** An MDX article: English, with a disclaimer, and the tips its source embeds. */
function article(
  name: string,
  spec: { networks: string[]; callouts: string[]; foldable: boolean },
) {
  const source = readFileSync(`${root}app/articles/${name}/page.mdx`, 'utf8')
  const healthTips = [...source.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map(
    (match) => match[1] ?? '',
  )
  return {
    name,
    path: `/articles/${name}/`,
    lang: 'en',
    condition,
    disclaimer: true,
    healthTips,
    ...spec,
  }
}

for (const bundler of bundlers) {
  describe(`next build (${bundler})`, () => {
    describeSite({
      directory: `${root}out-${bundler}`,
      artifacts: `${root}artifacts/${bundler}`,
      prepare: buildSite,
      pages: [
        {
          name: 'home',
          path: '/',
          lang: 'en',
          condition,
          networks: [],
          callouts: [],
          disclaimer: false,
          foldable: false,
        },
        article('night-leg-cramps', {
          networks: ['amazon', 'awin'],
          // The author wrote the `:::medical` disclaimer, so the plugin adds none.
          callouts: ['affiliate-disclosure', 'medical-disclaimer', 'note', 'warning', 'see-doctor'],
          foldable: true,
        }),
        article('cramps-and-exercise', {
          // The Amazon link is a JSX <a> element in the MDX source, the Awin one Markdown.
          networks: ['amazon', 'awin'],
          // `disclaimer: 'top'` inserts the disclaimer after the title.
          callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'caution', 'see-doctor'],
          // Its foldable is written open (`[!tip]+`).
          foldable: false,
        }),
      ],
    })
  })
}
