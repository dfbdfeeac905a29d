import { defineConfig } from 'vitest/config'

/**
 * Repository-level package checks (`npm run test:packages`): publint, attw,
 * pack contents and the consumer smoke test over every published package.
 * They test the built `dist/`, so they run after `turbo run build`; no
 * coverage, since they exercise tarballs, not sources.
 */
export default defineConfig({
  test: {
    include: ['test/packages/**/*.test.ts', 'test/scripts/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/packages.json' }]],
    // Packing, installing from the registry cache and running tsc take minutes, not seconds.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    coverage: { enabled: false },
  },
})
