import kit from '@healthmark/browser-kit/vitest-config'
import { mergeConfig } from 'vitest/config'

// The kit's setup, with room for a Docusaurus build when the tests start one
// (`npm test` builds first through turbo, so usually they do not).
export default mergeConfig(kit, { test: { hookTimeout: 900_000 } })
