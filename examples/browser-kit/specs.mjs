import { fileURLToPath } from 'node:url'
import { availableLocales, getGuidance } from '@healthmark/cramp-guidance'

/**
 * The built packages every example renders with: when one is rebuilt, an
 * example's output is stale (inputs of `buildIfStale`).
 */
export const packageBuilds = ['schema', 'remark-notices', 'cramp-guidance'].map((name) =>
  fileURLToPath(new URL(`../../packages/${name}/dist`, import.meta.url)),
)

/**
 * The tip ids a Markdown or MDX source embeds with `::health-tip{id="…"}`,
 * read from the source so adding one needs no test change.
 *
 * @param {string} source
 * @returns {Array<string>}
 */
export function embeddedTipIds(source) {
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
    condition: getGuidance(locale).condition.name,
    networks: [],
    callouts: ['medical-disclaimer', 'see-doctor'],
    disclaimer: true,
    foldable: false,
  }))
}
