import type { VFile } from 'vfile'

/** What a document's front matter says about the disclaimer, if anything. */
export type DisclaimerPreference = boolean | 'top' | 'bottom' | undefined

/** A front-matter field as found: its value and its name as written. */
export interface FrontMatterField {
  value: unknown
  /** `lastReviewed`, or `healthmark.lastReviewed` when nested. */
  name: string
}

/**
 * Parsed front matter, from where other tools put it: `vfile-matter`
 * (`file.data.matter`), `file.data.frontmatter`, Docusaurus
 * (`file.data.frontMatter`) and Astro (`file.data.astro.frontmatter`).
 */
function matterSources(file: VFile): unknown[] {
  const data: Record<string, unknown> = file.data
  return [data.matter, data.frontmatter, data.frontMatter, property(data.astro, 'frontmatter')]
}

/** One key of a document's `healthmark:` front matter; the first source that has it wins. */
export function frontMatterSetting(file: VFile, key: string): unknown {
  for (const matter of matterSources(file)) {
    const value = property(property(matter, 'healthmark'), key)
    if (value !== undefined) return value
  }
  return undefined
}

/**
 * A front-matter field under `healthmark:` or at the top level (the nested
 * one wins, as it is the more deliberate); the first source that has it wins.
 */
export function frontMatterField(file: VFile, key: string): FrontMatterField | undefined {
  for (const matter of matterSources(file)) {
    const nested = property(property(matter, 'healthmark'), key)
    if (nested !== undefined) return { value: nested, name: `healthmark.${key}` }
    const top = property(matter, key)
    if (top !== undefined) return { value: top, name: key }
  }
  return undefined
}

/** `healthmark: { disclaimer: false | true | 'top' | 'bottom' }`. */
export function disclaimerPreference(file: VFile): DisclaimerPreference {
  const value = frontMatterSetting(file, 'disclaimer')
  return typeof value === 'boolean' || value === 'top' || value === 'bottom' ? value : undefined
}

function property(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  // Own properties only: front matter is user data, `__proto__` must not count.
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
}
