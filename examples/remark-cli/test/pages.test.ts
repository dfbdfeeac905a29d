import { readFileSync } from 'node:fs'
import { describeSite } from '@healthmark/browser-kit'
import { getGuidance } from '@healthmark/cramp-guidance'
import { prepare, root } from './site'

const source = readFileSync(`${root}content/night-leg-cramps.md`, 'utf8')

describeSite({
  directory: `${root}dist`,
  artifacts: `${root}artifacts`,
  prepare,
  pages: [
    {
      name: 'night-leg-cramps',
      path: '/night-leg-cramps/',
      lang: 'en',
      condition: getGuidance('en').condition.name,
      networks: ['amazon'],
      // The disclosure is the author's own paragraph (checker mode), so it is no callout.
      callouts: ['medical-disclaimer', 'tip', 'caution', 'note', 'see-doctor'],
      disclaimer: true,
      foldable: false,
      healthTips: [...source.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map((m) => m[1] ?? ''),
    },
  ],
})
