import { describeSite } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'
import { embeddedTips, prepare, root } from './site'

const condition = getGuidance('en').condition.name

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare,
  pages: [
    {
      name: 'home',
      path: '/',
      lang: 'en',
      condition,
      networks: [],
      callouts: ['medical-disclaimer'],
      disclaimer: true,
      foldable: false,
    },
    {
      name: 'night-leg-cramps-md',
      path: '/guides/night-leg-cramps/',
      lang: 'en',
      condition,
      networks: ['amazon', 'awin'],
      // `:::note` and `:::danger` are Starlight's own asides: see asides.test.ts.
      callouts: ['affiliate-disclosure', 'medical-disclaimer', 'tip', 'see-doctor', 'emergency'],
      disclaimer: true,
      foldable: false,
      healthTips: embeddedTips('guides/night-leg-cramps.md'),
    },
    {
      name: 'cramps-and-exercise-mdx',
      path: '/guides/cramps-and-exercise/',
      lang: 'en',
      condition,
      // The Amazon link is a JSX <a> element in the MDX source.
      networks: ['amazon'],
      callouts: ['affiliate-disclosure', 'medical-disclaimer', 'tip', 'warning', 'see-doctor'],
      disclaimer: true,
      foldable: false,
      healthTips: embeddedTips('guides/cramps-and-exercise.mdx'),
    },
  ],
})
