import { defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The workspace packages resolve to their TypeScript sources (the
 * `@healthmark/source` condition in their `exports`), so a package's tests see
 * its dependencies' current code without a build. The package checks
 * (`test/packages`) test the built `dist/` and the packed tarballs.
 */
const conditions = ['@healthmark/source', ...defaultServerConditions]

/**
 * One vitest setup for every package: coverage thresholds and a JSON report
 * that `scripts/test-summary.mjs` adds up into CI's `N passed, N failed` line.
 *
 * No per-test time limit: on a busy shared machine any limit can be tripped
 * by load alone. Property tests keep their cost down with run counts
 * (`test/support/property-runs.ts`); a hung run is stopped by CI's overall
 * time limit in `.ci/run`.
 */
export function packageTestConfig(options: { coverageInclude?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      include: ['test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
      testTimeout: 0,
      hookTimeout: 0,
      coverage: {
        provider: 'v8',
        include: options.coverageInclude ?? ['src/**/*.ts'],
        reporter: ['text-summary', 'json-summary'],
        thresholds: { lines: 90 },
      },
    },
  })
}
