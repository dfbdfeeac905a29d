// Public API of @healthmark/remark-notices. The plugin is the default export,
// as unified plugins are; everything else is named.
import './common/mdast-data'

export type { AffiliateReport } from './affiliate'
export { LOCALES, type Locale, RULE_IDS, type RuleId } from './common/constants'
export { NoticeOptionsError, type OptionIssue } from './common/errors'
export type { NoticeData } from './common/mdast-data'
export { NOTICE_TYPES, type NoticeType } from './common/notice-types'
export type { HealthmarkData } from './json-ld/json-ld'
export type {
  AffiliateMatcher,
  AffiliateOptions,
  AffiliatePosition,
  DirectivesOption,
  DisclaimerOptions,
  LocalizedText,
  Options,
  ReviewOptions,
  TypeOptions,
} from './options/types'
export { default } from './plugin'
export { default as rehypeAffiliateLinks } from './rehype/affiliate-links'
export { sanitizeSchema } from './sanitize-schema'
