import { readFileSync } from 'node:fs'
import { availableLocales, getGuidance } from '@healthmark/cramp-guidance'

/**
 * The tip ids a Markdown or MDX file embeds with `::health-tip{id="…"}`,
 * read from the file so adding one needs no test change.
 *
 * @param {string | URL} file
 * @returns {Array<string>}
 */
export function tipIdsIn(file) {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/::health-tip\{id="([^"]+)"\}/g)].map((match) => match[1] ?? '')
}

/**
 * One page spec per locale of the dataset for the guide pages every example
 * renders with `toMarkdown`: disclaimer and red flags, no affiliate links.
 *
 * @param {(locale: string) => string} pathFor
 *   Where the example serves the guide of a locale.
 * @returns {Array<import('./page-suite.mjs').PageSpec>}
 */
export function guidePages(pathFor) {
  return availableLocales.map((locale) => ({
    name: `guide-${locale}`,
    path: pathFor(locale),
    lang: locale,
    // The dataset's emergency red flag is its own callout, above the others.
    callouts: ['medical-disclaimer', 'emergency', 'see-doctor'],
    disclaimer: true,
  }))
}

/**
 * A page spec with every default filled in: an English page about the
 * dataset's condition, with no affiliate links, callouts, disclaimer or
 * closed foldable unless it says so.
 *
 * @param {import('./page-suite.mjs').PageSpec} spec
 */
export function completePage(spec) {
  const lang = spec.lang ?? 'en'
  return {
    ...spec,
    lang,
    condition: spec.condition ?? getGuidance(lang).condition.name,
    networks: spec.networks ?? [],
    callouts: spec.callouts ?? [],
    disclaimer: spec.disclaimer ?? false,
    foldable: spec.foldable ?? false,
  }
}
