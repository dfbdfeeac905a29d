import type { HealthTip } from '@healthmark/schema'
import type { ClaimMatcher } from '../claims/compile'
import type { Locale } from '../common/constants'
import type { LocaleTexts, LocalText } from '../common/i18n'
import type { NoticeType } from '../common/notice-types'
import type { AffiliatePosition } from './types'

/** A type after options are applied. */
export interface TypeSpec {
  /** Default title in the processor's locale. */
  title: LocalText
  /** Which built-in icon to draw. */
  icon: NoticeType
}

/** The medical disclaimer after options are applied. */
export interface DisclaimerSettings {
  /** Where to insert it in every document; `false` when only front matter asks for it. */
  insert: 'top' | 'bottom' | false
  /** Where it goes when front matter opts a document in with `true`. */
  position: 'top' | 'bottom'
  /** Its Markdown in the processor's locale. */
  text: LocalText
}

/** An href recognised as an affiliate link. */
export interface AffiliateMatch {
  /** Lowercase network name, written to `data-affiliate`. */
  network: string
  /** The parsed URL (only `http:`/`https:` ever match). */
  url: URL
  /** `url`'s host without a trailing dot. */
  host: string
}

/** What the matcher found for one href. */
export type HrefVerdict =
  | { kind: 'affiliate'; match: AffiliateMatch }
  | { kind: 'shortened'; host: string }
  | { kind: 'possible'; host: string; signal: string }
  | undefined

/** The affiliate options, compiled: every default applied, every matcher built. */
export interface AffiliateSettings {
  /** Networks, custom matchers and shorteners in one test; `failed` hears of a matcher that threw. */
  match(href: string, failed?: (matcher: string, error: unknown) => void): HrefVerdict
  /** Whether a paragraph's text is a disclosure (built-in patterns and `existing`). */
  isDisclosure(text: string): boolean
  rel: readonly string[]
  position: AffiliatePosition
  insert: boolean
  /** The disclosure's Markdown in the processor's locale. */
  text: LocalText
  siteName: string | undefined
}

/**
 * Which container directives become callouts: with `only`, the names in it;
 * with `skip`, every name but those (the framework renders them).
 */
export type DirectiveSettings = { only: ReadonlySet<string> } | { skip: ReadonlySet<string> }

/** Options after validation, defaults and compilation: one frozen object per `use()` call. */
export interface Settings {
  locale: Locale
  /** Built-in texts of the locale. */
  texts: LocaleTexts
  icons: boolean
  /** Every known type, built-in and custom. */
  types: ReadonlyMap<string, TypeSpec>
  /** Marker → type, for aliases. */
  aliases: ReadonlyMap<string, string>
  disclaimer: DisclaimerSettings
  /** Tips by id. */
  tips: ReadonlyMap<string, HealthTip>
  /** `undefined` when `affiliate: false`. */
  affiliate: AffiliateSettings | undefined
  directives: DirectiveSettings
  /** `undefined` when the review feature is off. */
  review: ReviewSettings | undefined
  jsonLd: false | 'data' | 'inline'
  /** Tips with claim patterns in the locale; empty when `claims: false` or none have any. */
  claims: readonly ClaimMatcher[]
}

/** The `review` option after defaults. */
export interface ReviewSettings {
  /** Where the byline goes: under the first heading (`top`) or at the end. */
  position: 'top' | 'bottom'
  /** A review older than this many months is stale. */
  maxAgeMonths: number
  /** Whether `missing-review` reports documents without review metadata. */
  missing: boolean
}
