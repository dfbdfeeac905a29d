// `npm run build`: the site with webpack and with Turbopack, one after the
// other (they share `.next/`), into out-webpack/ and out-turbopack/.
import { BUNDLERS, nextBuild } from './next-build.mjs'

for (const bundler of BUNDLERS) {
  const seconds = nextBuild(bundler)
  console.log(`next build (${bundler}): ${seconds.toFixed(1)} s → out-${bundler}/`)
}
