import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from '@healthmark/browser-kit'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** The workspace packages the site is built from. */
const PACKAGES = ['remark-notices', 'cramp-guidance', 'schema']

/** Build the site unless `dist/` is newer than its sources and the packages it uses. */
export function prepare(): void {
  buildIfStale({
    cwd: root,
    output: `${root}dist/index.html`,
    inputs: [
      `${root}src`,
      `${root}astro.config.mjs`,
      ...PACKAGES.map((name) => `${root}../../packages/${name}/dist`),
    ],
  })
}

/** The tips a page embeds, read from its source so adding one needs no test change. */
export function embeddedTips(file: string): string[] {
  const source = readFileSync(`${root}src/content/docs/${file}`, 'utf8')
  return [...source.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map((match) => match[1] ?? '')
}
