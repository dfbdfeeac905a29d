import { describeSite } from '@healthmark/browser-kit'
import { describe } from 'vitest'
import { bundlers, sites } from './site'

for (const bundler of bundlers) {
  const site = sites[bundler]

  /** An MDX article: with a disclaimer, and the tips its source embeds. */
  const article = (
    name: string,
    spec: { networks: string[]; callouts: string[]; foldable: boolean },
  ) => ({
    name,
    path: `/articles/${name}/`,
    disclaimer: true,
    healthTips: site.tipIds(`app/articles/${name}/page.mdx`),
    ...spec,
  })

  describe(`next build (${bundler})`, () => {
    describeSite(site, [
      { name: 'home', path: '/' },
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
    ])
  })
}
