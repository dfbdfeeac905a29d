import { defineConfig } from 'vitest/config'

/**
 * Repository-level package checks (`npm run test:packages`): publint, attw,
 * pack contents and the consumer smoke test over every published package.
 * They test the built `dist/`, so they run after `turbo run build`; no
 * coverage, since they exercise tarballs, not sources.
 */
export default defineConfig({
  test: {
    include: [
      'test/packages/**/*.test.ts',
      'test/scripts/**/*.test.ts',
      'test/support/**/*.test.ts',
    ],
    reporters: ['default', ['json', { outputFile: '.reports/packages.json' }]],
    // Packing, installing from the registry cache and running tsc take minutes
    // on a busy machine: no per-test limit (see vitest.shared.ts).
    testTimeout: 0,
    hookTimeout: 0,
    coverage: { enabled: false },
  },
})
