import { describeSite } from '@healthmark/browser-kit'
import { site } from './site'

describeSite(site, [
  {
    name: 'night-leg-cramps',
    path: '/night-leg-cramps/',
    networks: ['amazon'],
    // The disclosure is the author's own paragraph (checker mode), so it is no callout.
    callouts: ['medical-disclaimer', 'tip', 'caution', 'note', 'see-doctor'],
    disclaimer: true,
    healthTips: site.tipIds('content/night-leg-cramps.md'),
  },
])
