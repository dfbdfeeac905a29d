import type { VFile } from 'vfile'

/** What a document's front matter says about the disclaimer, if anything. */
export type DisclaimerPreference = boolean | 'top' | 'bottom' | undefined

/**
 * One key of a document's `healthmark:` front matter, read from where other
 * tools put parsed front matter: `vfile-matter` (`file.data.matter`),
 * `file.data.frontmatter`, Docusaurus (`file.data.frontMatter`) and Astro
 * (`file.data.astro.frontmatter`). The
 * first source that has the key wins.
 */
export function frontMatterSetting(file: VFile, key: string): unknown {
  const data: Record<string, unknown> = file.data
  const astro = property(data.astro, 'frontmatter')
  for (const matter of [data.matter, data.frontmatter, data.frontMatter, astro]) {
    const settings = property(matter, 'healthmark')
    const value = property(settings, key)
    if (value !== undefined) return value
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
