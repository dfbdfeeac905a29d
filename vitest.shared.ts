import { defineConfig } from 'vitest/config'

/**
 * One vitest setup for every package: coverage thresholds and a JSON report
 * that `scripts/test-summary.mjs` adds up into CI's `N passed, N failed` line.
 */
export function packageTestConfig(options: { coverageInclude?: string[] } = {}) {
  return defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
      testTimeout: 60_000,
      coverage: {
        provider: 'v8',
        include: options.coverageInclude ?? ['src/**/*.ts'],
        reporter: ['text-summary', 'json-summary'],
        thresholds: { lines: 90 },
      },
    },
  })
}
