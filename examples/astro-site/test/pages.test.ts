import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildIfStale, describeSite } from '@healthmark/browser-kit'
import { availableLocales, getGuidance } from '@healthmark/cramp-guidance'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The tips an article embeds, read from its source so adding one needs no test change. */
function embeddedTips(file: string): string[] {
  const source = readFileSync(`${root}src/pages/articles/${file}`, 'utf8')
  return [...source.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map((match) => match[1] ?? '')
}

const condition = (locale: string) => getGuidance(locale).condition.name

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare: () =>
    buildIfStale({
      cwd: root,
      output: `${root}dist/index.html`,
      inputs: [
        `${root}src`,
        `${root}astro.config.mjs`,
        `${root}../../packages/remark-notices/dist`,
        `${root}../../packages/cramp-guidance/dist`,
        `${root}../../packages/schema/dist`,
      ],
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
    },
    ...availableLocales.map((locale) => ({
      name: `guide-${locale}`,
      path: `/guide/${locale}/`,
      lang: locale,
      condition: condition(locale),
      networks: [],
      // The dataset's emergency red flag is its own callout, above the others.
      callouts: ['medical-disclaimer', 'emergency', 'see-doctor'],
      disclaimer: true,
      foldable: false,
    })),
  ],
})
