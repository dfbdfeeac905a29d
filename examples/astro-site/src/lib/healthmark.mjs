import { getGuidance } from '@healthmark/cramp-guidance'

/** The site's name, used in Amazon's required "As an Amazon Associate …" statement. */
export const SITE_NAME = 'Calm Calves'

/**
 * One place for the plugin's options, shared by `astro.config.mjs` (the
 * articles) and the guide pages, which render the dataset themselves.
 *
 * @param {'en' | 'de'} locale
 * @returns {import('@healthmark/remark-notices').Options}
 */
export function healthmarkOptions(locale) {
  return {
    locale,
    // `::health-tip{id="…"}` looks tips up in these sets.
    tips: getGuidance(locale),
    // Every page about health gets the "not medical advice" notice after its first heading.
    disclaimer: 'top',
    affiliate: { siteName: SITE_NAME },
  }
}

/**
 * Hands the plugin's article JSON-LD (`jsonLd: 'data'`) to the page's layout:
 * Astro passes `file.data.astro.frontmatter` to it as `frontmatter`, so the
 * layout can put the JSON-LD in the head. Runs after `remarkNotices`.
 */
export function remarkJsonLdToFrontmatter() {
  /**
   * @param {unknown} _
   * @param {import('vfile').VFile} file
   */
  return (_, file) => {
    const astro = /** @type {{frontmatter?: Record<string, unknown>} | undefined} */ (
      file.data.astro
    )
    const jsonLd = file.data.healthmark?.jsonLd
    if (astro?.frontmatter && jsonLd) astro.frontmatter.jsonLd = jsonLd
  }
}
