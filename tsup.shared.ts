import type { Options } from 'tsup'

/**
 * What every package's build shares (`packages/*\/tsup.config.ts` add their
 * entries): ESM and CJS, each with its own declarations (`.d.ts`, `.d.cts`),
 * for Node.js 20 and current browsers.
 */
export const packageBuild = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
} satisfies Options
