export {
  ArticleConditionSchema,
  type ArticleInput,
  type ArticleJsonLd,
  type ArticleReview,
  type ArticleReviewer,
  type ArticleReviewerJsonLd,
  ArticleReviewerSchema,
  ReviewedBySchema,
  toArticleJsonLd,
} from './article'
export { ASPECTS, type Aspect, AspectSchema } from './aspects'
export { type CorrectedClaims, CorrectedClaimsSchema } from './corrected-claims'
export { formatPath, HealthmarkValidationError, type ValidationIssue } from './errors'
export {
  type Citation,
  CitationSchema,
  EVIDENCE_LEVELS,
  type Evidence,
  type EvidenceLevel,
  EvidenceLevelSchema,
  EvidenceSchema,
  type Source,
  SourceSchema,
} from './evidence'
export {
  EVIDENCE_WORD_LANGUAGES,
  EVIDENCE_WORDS,
  type EvidenceWordLanguage,
  type EvidenceWords,
  evidenceLabel,
  evidenceWordsFor,
} from './evidence-words'
export {
  HttpsUrlSchema,
  IsoDateSchema,
  LocaleSchema,
  SemverSchema,
  SlugSchema,
  SpdxIdSchema,
} from './fields'
export {
  type Condition,
  ConditionSchema,
  type GuidanceSet,
  GuidanceSetSchema,
  GuidanceSetShape,
  type Reviewer,
  ReviewerSchema,
} from './guidance-set'
export { type HealthTip, HealthTipSchema } from './health-tip'
export {
  type GuidanceJsonLd,
  HEALTH_ASPECT_BY_ASPECT,
  type JsonLdOptions,
  serializeJsonLd,
  toJsonLd,
} from './json-ld'
export {
  parseGuidanceSet,
  parseHealthTip,
  type SafeParseResult,
  safeParseGuidanceSet,
  safeParseHealthTip,
} from './parse'
export { type RedFlag, RedFlagSchema, URGENCIES, type Urgency, UrgencySchema } from './red-flag'
export { checkGuidanceSetRules } from './rules'
export type { HealthAspect, HealthTopicContent } from './schema-org-pending'
