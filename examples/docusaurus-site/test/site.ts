import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from '@healthmark/browser-kit'

/** The example's folder, with a trailing slash. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** Build the site unless `build/` is newer than everything it is made from. */
export function prepare(): void {
  buildIfStale({
    cwd: root,
    output: `${root}build/index.html`,
    inputs: [
      `${root}docs`,
      `${root}blog`,
      `${root}src`,
      `${root}docusaurus.config.mjs`,
      `${root}../../packages/remark-notices/dist`,
      `${root}../../packages/cramp-guidance/dist`,
      `${root}../../packages/schema/dist`,
    ],
  })
}

/** The pages under test and the source file each is built from. */
export const PAGES = [
  { name: 'home', path: '/', source: 'src/pages/index.md' },
  {
    name: 'docs-night-leg-cramps',
    path: '/docs/night-leg-cramps/',
    source: 'docs/night-leg-cramps.md',
  },
  {
    name: 'blog-cramps-and-exercise',
    path: '/blog/cramps-and-exercise/',
    source: 'blog/2026-11-20-cramps-and-exercise.mdx',
  },
] as const

export type PageName = (typeof PAGES)[number]['name']

function source(name: PageName): string {
  const page = PAGES.find((candidate) => candidate.name === name)
  return readFileSync(`${root}${page?.source}`, 'utf8')
}

/** The tips a page embeds, read from its source so adding one needs no test change. */
export function embeddedTips(name: PageName): string[] {
  return [...source(name).matchAll(/^::health-tip\{id="([^"]+)"\}/gm)].map(
    (match) => match[1] ?? '',
  )
}

// Docusaurus's own admonition keywords, from the version installed: it renders
// these itself. Its MDX loader comes with `@docusaurus/core`.
const fromCore = createRequire(
  createRequire(import.meta.url).resolve('@docusaurus/core/package.json'),
)
const { DefaultAdmonitionOptions } = fromCore('@docusaurus/mdx-loader/lib/remark/admonitions') as {
  DefaultAdmonitionOptions: { keywords: string[] }
}
export const DOCUSAURUS_ADMONITIONS = DefaultAdmonitionOptions.keywords

/** The `:::name` containers of a page's source, split into Docusaurus's and ours. */
export function containers(name: PageName): { docusaurus: string[]; healthmark: string[] } {
  const names = [...source(name).matchAll(/^:::([a-z-]+)/gm)].map((match) => match[1] ?? '')
  return {
    docusaurus: names.filter((found) => DOCUSAURUS_ADMONITIONS.includes(found)),
    healthmark: names.filter((found) => !DOCUSAURUS_ADMONITIONS.includes(found)),
  }
}
