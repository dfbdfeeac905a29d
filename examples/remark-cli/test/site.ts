import { fileURLToPath } from 'node:url'
import { buildIfStale } from '@healthmark/browser-kit'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** The workspace packages the site is built from. */
const PACKAGES = ['remark-notices', 'cramp-guidance', 'schema']

/** Build `dist/` unless it is newer than the pages, the preset and the packages. */
export function prepare(): void {
  buildIfStale({
    cwd: root,
    output: `${root}dist/night-leg-cramps/index.html`,
    inputs: [
      `${root}content`,
      `${root}build.mjs`,
      `${root}.remarkrc.mjs`,
      ...PACKAGES.map((name) => `${root}../../packages/${name}/dist`),
    ],
  })
}
