import { defineExample, describeSite, guidePages } from '@healthmark/browser-kit'

const site = defineExample({
  root: new URL('..', import.meta.url),
  output: 'dist',
  inputs: ['src', 'astro.config.mjs'],
})

describeSite(site, [
  { name: 'home', path: '/' },
  {
    name: 'night-leg-cramps-md',
    path: '/articles/night-leg-cramps/',
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
    healthTips: site.tipIds('src/pages/articles/night-leg-cramps.md'),
    review: true,
  },
  {
    name: 'cramps-and-exercise-mdx',
    path: '/articles/cramps-and-exercise/',
    // The Amazon link is a JSX <a> element in the MDX source, the Awin one Markdown.
    networks: ['amazon', 'awin'],
    // Its foldable `tip` is written open (`[!tip]+`): the Markdown article has the closed one.
    callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'caution', 'see-doctor'],
    disclaimer: true,
    healthTips: site.tipIds('src/pages/articles/cramps-and-exercise.mdx'),
    review: true,
  },
  ...guidePages((locale) => `/guide/${locale}/`),
])
