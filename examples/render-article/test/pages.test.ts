import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildIfStale, describeSite } from '@healthmark/browser-kit'
import { availableLocales, getGuidance } from '@healthmark/cramp-guidance'

const root = fileURLToPath(new URL('..', import.meta.url))
const article = readFileSync(new URL('../article.md', import.meta.url), 'utf8')
/** The tips the article embeds, read from its source so adding one needs no test change. */
const embeddedTips = [...article.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map(
  (match) => match[1] ?? '',
)

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare: () =>
    buildIfStale({
      cwd: root,
      output: `${root}dist/index.html`,
      inputs: [
        `${root}article.md`,
        `${root}render.mjs`,
        `${root}lib`,
        `${root}../../packages/remark-notices/dist`,
        `${root}../../packages/cramp-guidance/dist`,
        `${root}../../packages/schema/dist`,
      ],
    }),
  pages: [
    {
      name: 'article',
      path: '/',
      lang: 'en',
      condition: getGuidance('en').condition.name,
      networks: ['amazon', 'awin'],
      callouts: ['medical-disclaimer', 'affiliate-disclosure', 'warning', 'tip', 'see-doctor'],
      disclaimer: true,
      foldable: true,
      healthTips: embeddedTips,
      review: true,
    },
    ...availableLocales.map((locale) => ({
      name: `guide-${locale}`,
      path: `/guide-${locale}.html`,
      lang: locale,
      condition: getGuidance(locale).condition.name,
      networks: [],
      callouts: ['medical-disclaimer', 'see-doctor'],
      disclaimer: true,
      foldable: false,
    })),
  ],
})
