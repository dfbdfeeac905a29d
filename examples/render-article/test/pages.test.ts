import { fileURLToPath } from 'node:url'
import { buildIfStale, describeSite, guidePages, tipIdsIn } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'

const root = fileURLToPath(new URL('..', import.meta.url))

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare: () =>
    buildIfStale({
      cwd: root,
      output: `${root}dist/index.html`,
      inputs: [`${root}article.md`, `${root}render.mjs`, `${root}lib`],
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
      healthTips: tipIdsIn(`${root}article.md`),
    },
    ...guidePages((locale) => `/guide-${locale}.html`),
  ],
})
