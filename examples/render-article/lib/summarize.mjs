/**
 * @typedef {import('hast').Root} Root
 * @typedef {import('hast').Element} Element
 * @typedef {import('hast').RootContent} RootContent
 * @typedef {import('vfile').VFile} VFile
 */

/**
 * @typedef AffiliateReport
 * @property {number} links
 * @property {Record<string, number>} networks
 * @property {'inserted' | 'existing' | 'none'} disclosure
 */

/**
 * @typedef PageSummary
 * @property {Record<string, number>} callouts
 *   Rendered callouts per `data-notice` type (foldables counted as `TYPE (foldable)`).
 * @property {Array<string>} healthTips
 * @property {AffiliateReport | undefined} affiliate
 *   What the plugin reported on `file.data.affiliate`.
 * @property {string} disclosurePlace
 *   Where the disclosure ended up, in words.
 * @property {string | undefined} review
 *   Text of the review byline, if the page has one.
 * @property {string | undefined} jsonLd
 *   What the article's JSON-LD on `file.data.healthmark.jsonLd` holds, in words.
 * @property {Record<string, number>} checks
 *   Findings of the trust checks, per rule.
 * @property {Array<string>} warnings
 *   `line:column  source:ruleId  reason` for every vfile message.
 */

/** The rules about the article itself: its review and its claims. */
const TRUST_RULES = ['stale-review', 'missing-review', 'unsupported-claim']

/**
 * A property of a hast element, whether a plugin set it as `dataNotice` or
 * as `'data-notice'` in `hProperties`.
 *
 * @param {Element} element
 * @param {string} name
 *   Attribute name, such as `data-notice`.
 */
function attribute(element, name) {
  const camel = name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())
  const value = element.properties[camel] ?? element.properties[name]
  return value === undefined || value === null ? undefined : String(value)
}

/**
 * Every element in document order, with its parent.
 *
 * @param {Root | Element} parent
 * @returns {Generator<{element: Element, parent: Root | Element}>}
 */
function* elements(parent) {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    yield { element: child, parent }
    yield* elements(child)
  }
}

/** @param {RootContent | undefined} node */
function textOf(node) {
  if (!node) return ''
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

/**
 * Describe where the disclosure sits: next to which source lines and
 * relative to the first affiliate link.
 *
 * @param {Root} tree
 */
function describeDisclosure(tree) {
  const all = [...elements(tree)]
  const index = all.findIndex(
    ({ element }) => attribute(element, 'data-notice') === 'affiliate-disclosure',
  )
  if (index === -1) return 'no disclosure in the output'
  const found = all[index]
  if (!found) return 'no disclosure in the output'
  const siblings = found.parent.children.filter((child) => child.type === 'element')
  const position = siblings.indexOf(found.element)
  const before = siblings
    .slice(0, position)
    .reverse()
    .find((child) => child.position)
  const after = siblings.slice(position + 1).find((child) => child.position)
  const parts = []
  if (before?.tagName.match(/^h[1-6]$/)) {
    parts.push(`after the heading "${textOf(before).trim()}" (line ${before.position?.start.line})`)
  } else if (before) {
    parts.push(`after line ${before.position?.end.line}`)
  } else {
    parts.push('at the start of the document')
  }
  if (after) parts.push(`before line ${after.position?.start.line}`)
  const firstLink = all.find(({ element }) => attribute(element, 'data-affiliate') !== undefined)
  const linkLine = firstLink?.element.position?.start.line
  if (firstLink) {
    const linkIndex = all.indexOf(firstLink)
    parts.push(
      `${linkIndex > index ? 'above' : 'BELOW'} the first affiliate link (line ${linkLine ?? '?'})`,
    )
  }
  return parts.join(', ')
}

/**
 * `MedicalWebPage: headline, reviewedBy, … (3 citations)`.
 *
 * @param {Record<string, unknown>} page
 */
function describeJsonLd(page) {
  const fields = Object.keys(page).filter((key) => !key.startsWith('@') && key !== 'citation')
  const citations = Array.isArray(page.citation) ? page.citation.length : 0
  return `${page['@type']}: ${fields.join(', ')} (${citations} citation(s))`
}

/**
 * Compute the demo's summary of one rendered page from its vfile and tree.
 *
 * @param {VFile} file
 * @param {Root} tree
 * @returns {PageSummary}
 */
export function summarize(file, tree) {
  /** @type {Record<string, number>} */
  const callouts = {}
  /** @type {Array<string>} */
  const healthTips = []
  for (const { element } of elements(tree)) {
    const type = attribute(element, 'data-notice')
    if (type) {
      const key = element.tagName === 'details' ? `${type} (foldable)` : type
      callouts[key] = (callouts[key] ?? 0) + 1
    }
    const tip = attribute(element, 'data-health-tip')
    if (tip) healthTips.push(tip)
  }
  const affiliate = /** @type {AffiliateReport | undefined} */ (file.data.affiliate)
  const byline = [...elements(tree)].find(({ element }) => attribute(element, 'data-health-review'))
  const page = /** @type {{healthmark?: {jsonLd?: Record<string, unknown>}}} */ (file.data)
    .healthmark?.jsonLd
  return {
    callouts,
    healthTips,
    affiliate,
    review: byline ? textOf(byline.element).trim() : undefined,
    jsonLd: page && describeJsonLd(page),
    checks: Object.fromEntries(
      TRUST_RULES.map((rule) => [
        rule,
        file.messages.filter((message) => message.ruleId === rule).length,
      ]),
    ),
    disclosurePlace: affiliate?.disclosure === 'none' ? 'none needed' : describeDisclosure(tree),
    warnings: file.messages.map((message) => {
      const place = `${message.line ?? '?'}:${message.column ?? '?'}`
      const rule = [message.source, message.ruleId].filter(Boolean).join(':')
      return `${place}  ${rule}  ${message.reason}`
    }),
  }
}

/**
 * Lay a summary out for a terminal.
 *
 * @param {string} name
 * @param {PageSummary} summary
 */
export function formatSummary(name, summary) {
  const list = (/** @type {Record<string, number>} */ counts) =>
    Object.entries(counts)
      .map(([key, count]) => `${key} ${count}`)
      .join(' · ') || 'none'
  const affiliate = summary.affiliate
  const lines = [
    name,
    `  callouts     ${list(summary.callouts)}`,
    `  health tips  ${summary.healthTips.join(', ') || 'none'}`,
    `  affiliate    ${affiliate ? `${affiliate.links} link(s): ${list(Object.fromEntries(Object.entries(affiliate.networks).sort()))}` : 'not reported'}`,
    `  disclosure   ${affiliate?.disclosure ?? 'not reported'}: ${summary.disclosurePlace}`,
    `  review       ${summary.review ?? 'none'}`,
    `  JSON-LD      ${summary.jsonLd ?? "the guidance set's (toJsonLd)"}`,
    `  checks       ${list(summary.checks)}`,
    `  warnings     ${summary.warnings.length === 0 ? 'none' : summary.warnings.length}`,
    ...summary.warnings.map((warning) => `    ${warning}`),
  ]
  return lines.join('\n')
}
