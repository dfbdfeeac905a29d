import { fileURLToPath } from 'node:url'
import { buildIfStale, describeSite, guidePages, tipIdsIn } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The tips an article embeds. */
const embeddedTips = (file: string) => tipIdsIn(`${root}src/pages/articles/${file}`)

const condition = (locale: string) => getGuidance(locale).condition.name

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare: () =>
    buildIfStale({
      cwd: root,
      output: `${root}dist/index.html`,
      inputs: [`${root}src`, `${root}astro.config.mjs`],
    }),
  pages: [
    {
      name: 'home',
      path: '/',
      lang: 'en',
      condition: condition('en'),
      networks: [],
      callouts: [],
      disclaimer: false,
      foldable: false,
    },
    {
      name: 'night-leg-cramps-md',
      path: '/articles/night-leg-cramps/',
      lang: 'en',
      condition: condition('en'),
      networks: ['amazon'],
      callouts: [
        'medical-disclaimer',
        'affiliate-disclosure',
        'important',
        'note',
        'warning',
        'see-doctor',
      ],
      disclaimer: true,
      foldable: true,
      healthTips: embeddedTips('night-leg-cramps.md'),
      review: true,
    },
    {
      name: 'cramps-and-exercise-mdx',
      path: '/articles/cramps-and-exercise/',
      lang: 'en',
      condition: condition('en'),
      // The Amazon link is a JSX <a> element in the MDX source, the Awin one Markdown.
      networks: ['amazon', 'awin'],
      callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'caution', 'see-doctor'],
      disclaimer: true,
      // Its foldable is written open (`[!tip]+`); the Markdown article has the closed one.
      foldable: false,
      healthTips: embeddedTips('cramps-and-exercise.mdx'),
      review: true,
    },
    ...guidePages((locale) => `/guide/${locale}/`),
  ],
})
