import { describeSite } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'
import { embeddedTips, prepare, root } from './site'

const condition = getGuidance('en').condition.name

describeSite({
  directory: `${root}build`,
  artifacts: `${root}artifacts`,
  prepare,
  pages: [
    {
      // A Markdown page that opts out of the disclaimer in its front matter.
      name: 'home',
      path: '/',
      lang: 'en',
      condition,
      networks: [],
      callouts: [],
      disclaimer: false,
      foldable: false,
    },
    {
      // A docs page: its `# title` is wrapped in a JSX `<header>` by Docusaurus.
      name: 'docs-night-leg-cramps',
      path: '/docs/night-leg-cramps/',
      lang: 'en',
      condition,
      networks: ['amazon'],
      callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'see-doctor', 'emergency'],
      disclaimer: true,
      foldable: false,
      healthTips: embeddedTips('docs-night-leg-cramps'),
    },
    {
      // A blog post in MDX: its title comes from the front matter, the Amazon link is JSX.
      name: 'blog-cramps-and-exercise',
      path: '/blog/cramps-and-exercise/',
      lang: 'en',
      condition,
      networks: ['amazon', 'awin'],
      callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'see-doctor'],
      disclaimer: true,
      foldable: false,
      healthTips: embeddedTips('blog-cramps-and-exercise'),
    },
  ],
})
