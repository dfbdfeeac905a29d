/**
 * The affiliate part of `remark-notices`: finds affiliate links during the
 * plugin's single traversal, marks them `rel="sponsored …"`, and makes sure
 * the document carries exactly one disclosure before them.
 */
export { createCollector } from './collector'
export type { AffiliateCollector, AffiliateContext, AffiliateReport } from './types'
