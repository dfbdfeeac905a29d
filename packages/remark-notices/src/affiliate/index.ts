/**
 * The affiliate part of `remark-notices`: finds affiliate links during the
 * core's single traversal, marks them `rel="sponsored …"`, and makes sure the
 * document carries exactly one disclosure before them.
 */
export { compileAffiliate } from './collector'
export type { AffiliateMatcher, AffiliateOptions, AffiliatePosition } from './options'
export { affiliateOptionSchema } from './options'
export type {
  AffiliateCollector,
  AffiliateContext,
  AffiliateReport,
  CompiledAffiliate,
} from './types'
