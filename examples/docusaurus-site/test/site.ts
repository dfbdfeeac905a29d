import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { defineExample } from '@healthmark/browser-kit'

export const site = defineExample({
  root: new URL('..', import.meta.url),
  output: 'build',
  inputs: ['docs', 'blog', 'src', 'docusaurus.config.mjs'],
})

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

/** The source file a page is built from. */
export function sourceOf(name: PageName): string {
  return PAGES.find((candidate) => candidate.name === name)?.source ?? ''
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
  const source = readFileSync(site.file(sourceOf(name)), 'utf8')
  const names = [...source.matchAll(/^:::([a-z-]+)/gm)].map((match) => match[1] ?? '')
  return {
    docusaurus: names.filter((found) => DOCUSAURUS_ADMONITIONS.includes(found)),
    healthmark: names.filter((found) => !DOCUSAURUS_ADMONITIONS.includes(found)),
  }
}
