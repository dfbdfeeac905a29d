import { configDefaults, mergeConfig } from 'vitest/config'
import { packageTestConfig } from '../../vitest.shared.ts'

// The real-world corpus measures a feature still being built, so it runs on
// its own (`npm run test:real-world`) until it meets its targets.
export default mergeConfig(packageTestConfig(), {
  test: {
    exclude: process.env.REAL_WORLD
      ? configDefaults.exclude
      : [...configDefaults.exclude, 'test/real-world/**'],
  },
})
