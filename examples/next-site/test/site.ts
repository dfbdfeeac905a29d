import { fileURLToPath } from 'node:url'
import { buildIfStale } from '@healthmark/browser-kit'

/** The example's folder, with a trailing slash. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** Each bundler exports the site to its own folder, `out-<bundler>/`. */
export const bundlers = ['webpack', 'turbopack'] as const

/**
 * Build when an export is missing or older than its sources. One `npm run
 * build` writes both exports, so after the first call the rest find them fresh.
 */
export function buildSite(): void {
  for (const bundler of bundlers) {
    buildIfStale({
      cwd: root,
      output: `${root}out-${bundler}/index.html`,
      inputs: [
        `${root}app`,
        `${root}next.config.mjs`,
        `${root}mdx-components.js`,
        `${root}../../packages/remark-notices/dist`,
        `${root}../../packages/cramp-guidance/dist`,
        `${root}../../packages/schema/dist`,
      ],
    })
  }
}
