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
