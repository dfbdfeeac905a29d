import { defineConfig } from 'vitest/config'

/**
 * The vitest setup every example's browser tests share: one browser at a
 * time (the pages are few and CI machines are small), generous timeouts for
 * the builds the tests start, and the JSON report CI's summary adds up.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
})
