import { expectedNetwork } from './affiliate-oracle.mjs'

/**
 * The page checks as pure functions of the facts read from the browser. Each
 * returns the problems it found, in words; an empty list means the page
 * passes. Keeping them apart from vitest lets the kit's own tests prove that
 * every check fails on a page that breaks its rule.
 *
 * @typedef {import('./page-facts.mjs').PageFacts} PageFacts
 */

/**
 * Affiliate links carry `data-affiliate` and `rel="sponsored"`, other links
 * neither; the networks on the page are the expected ones.
 *
 * @param {PageFacts} facts
 * @param {Array<string>} networks
 * @returns {Array<string>}
 */
export function affiliateLinkProblems(facts, networks) {
  const problems = facts.links.flatMap((link) => {
    const expected = expectedNetwork(link.href)
    const found = []
    if (link.affiliate !== expected) {
      found.push(`${link.href}: data-affiliate=${link.affiliate}, expected ${expected}`)
    }
    if (link.rel.includes('sponsored') !== (expected !== null)) {
      found.push(`${link.href}: rel="${link.rel.join(' ')}"`)
    }
    return found
  })
  const onPage = [...new Set(facts.links.flatMap((link) => link.affiliate ?? []))].sort()
  const wanted = [...networks].sort()
  if (onPage.join() !== wanted.join()) {
    problems.push(`networks on the page: [${onPage.join(', ')}], expected [${wanted.join(', ')}]`)
  }
  return problems
}

/**
 * With affiliate links: exactly one disclosure, visible, before every
 * affiliate link in the document and above the first visible one on screen.
 * Without: no disclosure at all.
 *
 * @param {PageFacts} facts
 * @returns {Array<string>}
 */
export function disclosureProblems(facts) {
  const affiliateLinks = facts.links.filter((link) => link.affiliate)
  if (affiliateLinks.length === 0) {
    return facts.disclosures.length === 0
      ? []
      : [`${facts.disclosures.length} disclosure(s) on a page without affiliate links`]
  }
  if (facts.disclosures.length !== 1) {
    return [`${facts.disclosures.length} disclosures, expected exactly 1`]
  }
  const problems = []
  const [disclosure] = facts.disclosures
  if (!disclosure?.visible) problems.push('the disclosure is not visible')
  // Every affiliate link, folded or not, comes after the disclosure in the document…
  for (const link of affiliateLinks) {
    if (!link.afterDisclosure) problems.push(`${link.href} comes before the disclosure`)
  }
  // …and on screen the disclosure ends above the first link a reader can see.
  const firstVisible = affiliateLinks
    .filter((link) => link.box.visible)
    .sort((a, b) => a.box.top - b.box.top)[0]
  if (!firstVisible) problems.push('no affiliate link is visible')
  else if (disclosure && disclosure.bottom > firstVisible.box.top) {
    problems.push(
      `the disclosure ends at y=${disclosure.bottom}, below the first visible affiliate link at y=${firstVisible.box.top}`,
    )
  }
  return problems
}

/**
 * Every expected callout type is there, and every callout is visible with a
 * non-empty visible title and an accessible name.
 *
 * @param {PageFacts} facts
 * @param {Array<string>} types
 * @returns {Array<string>}
 */
export function calloutProblems(facts, types) {
  const present = new Set(facts.callouts.map((callout) => callout.type))
  const problems = types.filter((type) => !present.has(type)).map((type) => `no ${type} callout`)
  for (const callout of facts.callouts) {
    const name = `${callout.tag}[data-notice=${callout.type}] "${callout.title}"`
    if (!callout.box.visible) problems.push(`${name} is not visible`)
    if (callout.title === '' || !callout.titleVisible) problems.push(`${name} has no visible title`)
    if (callout.accessibleName === '') problems.push(`${name} has no accessible name`)
  }
  return problems
}

/**
 * The medical disclaimer appears once and visibly where it is configured,
 * and nowhere else.
 *
 * @param {PageFacts} facts
 * @param {boolean} configured
 * @returns {Array<string>}
 */
export function disclaimerProblems(facts, configured) {
  const expected = configured ? 1 : 0
  if (facts.disclaimers.length !== expected) {
    return [`${facts.disclaimers.length} medical disclaimer(s), expected ${expected}`]
  }
  return facts.disclaimers.some((box) => !box.visible) ? ['the disclaimer is not visible'] : []
}

/**
 * JSON-LD sits in the head only, every block parses, and one names the condition.
 *
 * @param {PageFacts} facts
 * @param {string} condition
 * @returns {Array<string>}
 */
export function jsonLdProblems(facts, condition) {
  const problems = []
  if (facts.bodyJsonLd > 0) problems.push(`${facts.bodyJsonLd} JSON-LD block(s) outside the head`)
  if (facts.headJsonLd.length === 0) problems.push('no JSON-LD in the head')
  const names = facts.headJsonLd.map((text, index) => {
    try {
      return JSON.parse(text)?.about?.name
    } catch (error) {
      problems.push(
        `JSON-LD block ${index + 1} does not parse: ${/** @type {Error} */ (error).message}`,
      )
      return undefined
    }
  })
  if (facts.headJsonLd.length > 0 && !names.includes(condition)) {
    problems.push(`no JSON-LD names "${condition}" (about.name: ${JSON.stringify(names)})`)
  }
  return problems
}

/**
 * The review byline is shown once, names the review date in a `<time>`, and
 * the head's JSON-LD has a `MedicalWebPage` that carries the same review.
 *
 * @param {PageFacts} facts
 * @returns {Array<string>}
 */
export function reviewProblems(facts) {
  if (facts.reviews.length !== 1) return [`${facts.reviews.length} review byline(s), expected 1`]
  const [review] = facts.reviews
  const problems = []
  if (!review?.box.visible) problems.push('the review byline is not visible')
  if (review?.dates.length !== 1) problems.push('the byline has no single <time datetime>')
  const pages = facts.headJsonLd.flatMap((text) => {
    try {
      const value = JSON.parse(text)
      return value?.['@type'] === 'MedicalWebPage' && value.lastReviewed ? [value] : []
    } catch {
      return []
    }
  })
  if (pages.length === 0) problems.push('no MedicalWebPage JSON-LD with lastReviewed in the head')
  else if (!pages.some((page) => page.lastReviewed === review?.dates[0])) {
    problems.push(`no MedicalWebPage JSON-LD says lastReviewed ${review?.dates[0]}`)
  }
  return problems
}
