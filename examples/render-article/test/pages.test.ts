import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  buildIfStale,
  describeSite,
  embeddedTipIds,
  guidePages,
  packageBuilds,
} from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'

const root = fileURLToPath(new URL('..', import.meta.url))
const article = readFileSync(new URL('../article.md', import.meta.url), 'utf8')

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare: () =>
    buildIfStale({
      cwd: root,
      output: `${root}dist/index.html`,
      inputs: [`${root}article.md`, `${root}render.mjs`, `${root}lib`, ...packageBuilds],
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
      healthTips: embeddedTipIds(article),
    },
    ...guidePages((locale) => `/guide-${locale}.html`),
  ],
})
