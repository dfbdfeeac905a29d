import type { GuidanceSet } from '@healthmark/schema'
import type { Locale } from '../common/constants'
import type { LocalizedText } from '../common/i18n'
import type { NoticeType } from '../common/notice-types'

export type { LocalizedText }

/** A custom type, or changes to a built-in one. */
export interface TypeOptions {
  /** Title shown when the author writes none (default: built-in title, else the type name). */
  title?: LocalizedText | null | undefined
  /** Built-in type whose icon to show (default: the type's own, `note` for custom types). */
  icon?: NoticeType | null | undefined
  /** Other markers that mean this type, such as `['contra']`. */
  aliases?: string[] | null | undefined
}

/** Where and what the medical disclaimer is. */
export interface DisclaimerOptions {
  /** `'top'` (after the first heading; default) or `'bottom'`. */
  position?: 'top' | 'bottom' | null | undefined
  /** Markdown text (default: built-in text for the locale). */
  text?: LocalizedText | null | undefined
}

/** Where the affiliate disclosure goes. */
export type AffiliatePosition = 'top' | 'before-first-link' | 'bottom' | 'both'

/**
 * A custom affiliate matcher:
 * - `'go.partner.example'`: that host or any subdomain of it; the network is
 *   named after the host;
 * - `/partner\.example\/ref\//`: tested against the full href; the network is
 *   named `custom`;
 * - `{ network, host }` / `{ network, pattern }`: the same with a name;
 * - `(url) => name | false`: called with the parsed `http(s)` URL; returns
 *   the network name, or `false` when the link is not an affiliate link.
 */
export type AffiliateMatcher =
  | string
  | RegExp
  | { network: string; host: string }
  | { network: string; pattern: RegExp }
  | ((url: URL) => string | false)

/** Options of the `affiliate` key (all optional). */
export interface AffiliateOptions {
  /**
   * Where to insert the disclosure (default: `'top'`, after the first heading
   * or first in the document). `'before-first-link'` puts it right before the
   * block with the first affiliate link; `'bottom'` at the end (and warns
   * `disclosure-after-links`); `'both'` at the top and at the end.
   */
  position?: AffiliatePosition | null | undefined
  /** Disclosure text as Markdown, one for all locales or one per locale (default: built-in text). */
  text?: LocalizedText | null | undefined
  /** Site name used in Amazon's statement ("As an Amazon Associate, SITE earns …"; default: "I earn …"). */
  siteName?: string | null | undefined
  /** `rel` tokens added to each affiliate link (default: `['sponsored', 'nofollow', 'noopener']`). */
  rel?: string[] | null | undefined
  /** Built-in networks to detect (default: all of them). */
  networks?: string[] | null | undefined
  /** Extra matchers, tried before the built-in networks (default: none). */
  matchers?: AffiliateMatcher[] | null | undefined
  /**
   * The site's own affiliate redirects (default: none): a host
   * (`'thbrco.io'`, any path), a root-relative path prefix (`'/go/'`, matched
   * on relative links), or a host with a path prefix
   * (`'example.com/recommends/'`). Links through them are marked; the network
   * is the host, or `redirect` for a path prefix.
   */
  redirects?: string[] | null | undefined
  /** Insert a disclosure when one is missing (default: `true`); `false` only checks and warns. */
  insert?: boolean | null | undefined
  /** Extra patterns that recognise a disclosure the author wrote (strings match case-insensitively). */
  existing?: Array<string | RegExp> | null | undefined
  /**
   * Hosts of link shorteners to warn about (`shortened-affiliate-link`;
   * default: a list of common shorteners); `false` turns the warning off.
   */
  shorteners?: string[] | false | null | undefined
}

/**
 * Which `:::name` containers become callouts, for sites whose framework
 * renders admonitions itself (Docusaurus, Starlight):
 * - `true`: every known type and alias;
 * - `false`: only the health types (`medical`, `see-doctor`, `emergency`),
 *   `affiliate-disclosure`, your own `types`, and their aliases; every other
 *   container is left to the framework;
 * - `{ skip }`: every known type and alias except these names and the
 *   aliases of the types among them.
 */
export type DirectivesOption = boolean | { skip?: string[] | null | undefined }

/** Configuration of `remarkNotices` (every field optional). */
export interface Options {
  /** Language of built-in titles and texts (default: `'en'`). */
  locale?: Locale | null | undefined
  /** Custom types and titles, keyed by lowercase type name (default: none). */
  types?: Record<string, TypeOptions | null | undefined> | null | undefined
  /** Whether callouts show an icon (default: `true`). */
  icons?: boolean | null | undefined
  /** Insert a medical disclaimer in every document (default: `false`). */
  disclaimer?: false | 'top' | 'bottom' | DisclaimerOptions | null | undefined
  /** Guidance sets whose tips `::health-tip{id="…"}` renders (default: none). */
  tips?: GuidanceSet | ReadonlyArray<GuidanceSet> | null | undefined
  /** Affiliate links and disclosure (default: on); `false` turns it off. */
  affiliate?: AffiliateOptions | false | null | undefined
  /** Which `:::name` containers to render and which to leave to the framework (default: `true`, all). */
  directives?: DirectivesOption | null | undefined
  /** Review byline and the `stale-review`/`missing-review` rules (default: off). */
  review?: boolean | ReviewOptions | null | undefined
  /**
   * The article's schema.org JSON-LD on `file.data.healthmark.jsonLd`;
   * `'inline'` also inserts it as a script (default: `false`).
   */
  jsonLd?: false | 'data' | 'inline' | null | undefined
  /** `false` turns off `unsupported-claim`, which runs whenever `tips` carry claim patterns (default: on). */
  claims?: boolean | null | undefined
}

/** The `review` option as an object (`true` means every default). */
export interface ReviewOptions {
  /** Where the byline goes: `'top'` (under the first heading; default) or `'bottom'`. */
  position?: 'top' | 'bottom' | null | undefined
  /** `stale-review` when the last review is older than this many months (default: `12`). */
  maxAgeMonths?: number | null | undefined
  /** `false` turns off `missing-review` (default: `true`). */
  missing?: boolean | null | undefined
}
