import type { VFile } from 'vfile'

/** A front-matter field as found: its value and its name as written. */
export interface FrontMatterField {
  value: unknown
  /** `lastReviewed`, or `healthmark.lastReviewed` when nested. */
  name: string
}

/**
 * A field of a document's front matter, under `healthmark:` or at the top
 * level (the nested one wins, as it is the more deliberate), read from where
 * other tools put parsed front matter: `vfile-matter` (`file.data.matter`),
 * `file.data.frontmatter`, Docusaurus (`file.data.frontMatter`) and Astro
 * (`file.data.astro.frontmatter`). The first source that has it wins.
 */
export function frontMatterField(file: VFile, key: string): FrontMatterField | undefined {
  const data: Record<string, unknown> = file.data
  const astro = property(data.astro, 'frontmatter')
  for (const matter of [data.matter, data.frontmatter, data.frontMatter, astro]) {
    const nested = property(property(matter, 'healthmark'), key)
    if (nested !== undefined) return { value: nested, name: `healthmark.${key}` }
    const top = property(matter, key)
    if (top !== undefined) return { value: top, name: key }
  }
  return undefined
}

function property(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  // Own properties only: front matter is user data, `__proto__` must not count.
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
}
