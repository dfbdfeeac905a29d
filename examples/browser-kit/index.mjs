export { expectedNetwork } from './affiliate-oracle.mjs'
export { BLOCKING_IMPACTS, findSeriousViolations } from './axe.mjs'
export { DEFAULT_CHROMIUM_PATH, launchBrowser, openPage, settle } from './browser.mjs'
export { buildIfStale } from './build.mjs'
export {
  affiliateLinkProblems,
  calloutProblems,
  disclaimerProblems,
  disclosureProblems,
  jsonLdProblems,
} from './checks.mjs'
export { collectPageFacts } from './page-facts.mjs'
export { describeSite } from './page-suite.mjs'
export { serveDirectory } from './serve.mjs'
