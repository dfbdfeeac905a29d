/** Every rule id in one place, so linters and docs can list them. */
export const RULE_IDS = [
  'unknown-notice-type',
  'unknown-tip-id',
  'missing-remark-directive',
  'missing-disclaimer',
  'missing-translation',
  'affiliate-link-without-disclosure',
  'disclosure-after-links',
  'missing-amazon-statement',
  'raw-html-affiliate-link',
  'shortened-affiliate-link',
  'invalid-front-matter',
  'stale-review',
  'missing-review',
  'unsupported-claim',
  'possible-affiliate-link',
  'affiliate-matcher-error',
  'nesting-too-deep',
] as const

/** One of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number]

/** Locales with built-in titles and texts. */
export const LOCALES = ['en', 'de', 'es', 'fr'] as const

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number]

/**
 * How deep (in tree levels) a callout may be nested; deeper blockquotes and
 * directives stay as they are (`nesting-too-deep`).
 */
export const MAX_CALLOUT_NESTING = 100
