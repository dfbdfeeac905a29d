import { defineExample } from '@healthmark/browser-kit'

/** Each bundler exports the site to its own folder, `out-<bundler>/`. */
export const bundlers = ['webpack', 'turbopack'] as const

export type Bundler = (typeof bundlers)[number]

/**
 * The site as each bundler exports it. One `npm run build` writes both
 * exports, so after the first `prepare` the other finds its output fresh.
 */
export const sites = Object.fromEntries(
  bundlers.map((bundler) => [
    bundler,
    defineExample({
      root: new URL('..', import.meta.url),
      output: `out-${bundler}`,
      artifacts: `artifacts/${bundler}`,
      inputs: ['app', 'next.config.mjs', 'mdx-components.js'],
    }),
  ]),
) as Record<Bundler, ReturnType<typeof defineExample>>
