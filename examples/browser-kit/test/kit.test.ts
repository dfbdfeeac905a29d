import { fileURLToPath } from 'node:url'
import { describeSite } from '../index.mjs'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))

// The kit's own check: a hand-written page that follows the markup contract
// (notes/markup.md) passes every browser check.
describeSite(
  {
    directory: `${fixtures}good`,
    artifacts: fileURLToPath(new URL('../artifacts', import.meta.url)),
  },
  [
    {
      name: 'fixture',
      path: '/',
      lang: 'en',
      condition: 'Muscle cramps',
      networks: ['amazon', 'awin'],
      callouts: ['medical-disclaimer', 'affiliate-disclosure', 'warning', 'tip'],
      disclaimer: true,
      foldable: true,
      // A markup fixture without the plugin's stylesheet: no colours to switch.
      stylesheet: false,
      healthTips: ['stretch'],
    },
  ],
)
