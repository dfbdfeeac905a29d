import { describeSite } from '@healthmark/browser-kit'
import { site, sourceOf } from './site'

describeSite(site, [
  // A Markdown page that opts out of the disclaimer in its front matter.
  { name: 'home', path: '/' },
  {
    // A docs page: its `# title` is wrapped in a JSX `<header>` by Docusaurus.
    name: 'docs-night-leg-cramps',
    path: '/docs/night-leg-cramps/',
    networks: ['amazon'],
    callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'see-doctor', 'emergency'],
    disclaimer: true,
    healthTips: site.tipIds(sourceOf('docs-night-leg-cramps')),
  },
  {
    // A blog post in MDX: its title comes from the front matter, the Amazon link is JSX.
    name: 'blog-cramps-and-exercise',
    path: '/blog/cramps-and-exercise/',
    networks: ['amazon', 'awin'],
    callouts: ['medical-disclaimer', 'affiliate-disclosure', 'tip', 'see-doctor'],
    disclaimer: true,
    healthTips: site.tipIds(sourceOf('blog-cramps-and-exercise')),
  },
])
