// Public API of @healthmark/remark-notices. The plugin is the default export,
// as unified plugins are; everything else is named.
import './mdast-data'

export type {
  AffiliateMatcher,
  AffiliateOptions,
  AffiliatePosition,
  AffiliateReport,
} from './affiliate'
export { LOCALES, type Locale, RULE_IDS, type RuleId } from './constants'
export { NoticeOptionsError, type OptionIssue } from './errors'
export type { NoticeData } from './mdast-data'
export { NOTICE_TYPES, type NoticeType } from './notice-types'
export type { DisclaimerOptions, LocalizedText, Options, TypeOptions } from './options'
export { default } from './plugin'
export { sanitizeSchema } from './sanitize-schema'
