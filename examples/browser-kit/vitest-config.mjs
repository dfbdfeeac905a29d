import { defineConfig } from 'vitest/config'

/**
 * The vitest setup every example's browser tests share: one browser at a
 * time (the pages are few and CI machines are small), no per-test time limit
 * (the builds the tests start take as long as the machine's load makes them;
 * CI's overall limit stops a hung run), and the JSON report CI's summary
 * adds up.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 0,
    hookTimeout: 0,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
})
