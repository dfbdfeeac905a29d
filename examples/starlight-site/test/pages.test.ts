import { describeSite } from '@healthmark/browser-kit'
import { site } from './site'

describeSite(site, [
  { name: 'home', path: '/', callouts: ['medical-disclaimer'], disclaimer: true },
  {
    name: 'night-leg-cramps-md',
    path: '/guides/night-leg-cramps/',
    networks: ['amazon', 'awin'],
    // `:::note` and `:::danger` are Starlight's own asides: see asides.test.ts.
    callouts: ['affiliate-disclosure', 'medical-disclaimer', 'tip', 'see-doctor', 'emergency'],
    disclaimer: true,
    healthTips: site.tipIds('src/content/docs/guides/night-leg-cramps.md'),
  },
  {
    name: 'cramps-and-exercise-mdx',
    path: '/guides/cramps-and-exercise/',
    // The Amazon link is a JSX <a> element in the MDX source.
    networks: ['amazon'],
    callouts: ['affiliate-disclosure', 'medical-disclaimer', 'tip', 'warning', 'see-doctor'],
    disclaimer: true,
    healthTips: site.tipIds('src/content/docs/guides/cramps-and-exercise.mdx'),
  },
])
