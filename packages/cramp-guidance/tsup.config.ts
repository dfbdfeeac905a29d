import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.shared'

// One entry per public path. ESM output is split into chunks, so `en.js` and
// `de.js` each load their own locale's data and nothing of the other;
// `index.js` loads both because `getGuidance(locale)` is synchronous.
// `citations.js` carries what each source says, which no other entry loads.
export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    en: 'src/en.ts',
    de: 'src/de.ts',
    citations: 'src/citations.ts',
  },
  splitting: true,
  // More than 90 % of the output is the guidance text. Dropping whitespace
  // keeps one locale under the 15 KB gzipped budget (`npm run bench`);
  // names are kept so that stack traces stay readable. UTF-8 output keeps
  // German text as written (`ä`, not `\xE4`): smaller and searchable.
  esbuildOptions(options) {
    options.minifyWhitespace = true
    options.charset = 'utf8'
  },
})
