import type { Blockquote, Nodes, Root, RootContent } from 'mdast'
import { report, warnUntranslated } from '../common/messages'
import type { AffiliateSettings } from '../options/settings'
import { textOf } from './existing'
import { amazonLanguages, amazonStatement, hasAmazonStatement, statementParagraph } from './texts'
import type { AffiliateContext, AffiliateReport, FoundDisclosure, FoundLink } from './types'

/** The type name of our own disclosure callout. */
export const DISCLOSURE = 'affiliate-disclosure'

/**
 * Decide about the disclosure once the whole document is read: mark the
 * author's own, insert ours where `position` says, warn when it is missing,
 * late or lacks Amazon's statement; and build the report.
 */
export function conclude(
  tree: Root,
  links: readonly FoundLink[],
  existing: readonly FoundDisclosure[],
  settings: AffiliateSettings,
  context: AffiliateContext,
): AffiliateReport {
  const { file } = context
  const counts = new Map<string, number>()
  for (const link of links) counts.set(link.network, (counts.get(link.network) ?? 0) + 1)
  const networks = Object.fromEntries(counts)
  const first = links[0]
  const ownExists = existing.some((disclosure) => disclosure.own)
  if (first === undefined) {
    return { links: 0, networks, disclosure: ownExists ? 'existing' : 'none' }
  }
  const amazon = amazonLanguages(links, context.locale)

  if (existing.length > 0) {
    for (const disclosure of existing) {
      if (disclosure.own) continue
      const data = disclosure.node.data ?? {}
      data.hProperties = { ...data.hProperties, dataNotice: DISCLOSURE }
      disclosure.node.data = data
    }
    const [earliest] = existing
    if (earliest !== undefined && earliest.seq > first.seq) {
      warnAfterLinks(context, earliest.node, first)
    }
    if (amazon.length > 0 && !existing.some((d) => hasAmazonStatement(textOf(d.node)))) {
      report(
        file,
        `The affiliate disclosure lacks Amazon's required statement (${amazon.map((language) => `"${amazonStatement(language)}"`).join(' or ')}) although the page links to Amazon`,
        'missing-amazon-statement',
        existing[0]?.node,
      )
    }
    return { links: links.length, networks, disclosure: 'existing' }
  }

  if (!settings.insert) {
    report(
      file,
      `${links.length === 1 ? 'An affiliate link' : `${links.length} affiliate links`} (${[...counts.keys()].join(', ')}) but no disclosure: add one before the first link (FTC 16 CFR 255, ASA, UWG § 5a)`,
      'affiliate-link-without-disclosure',
      first.node,
    )
    return { links: links.length, networks, disclosure: 'none' }
  }

  const statements = statementParagraph(settings.text, settings.siteName, amazon)
  const create = () => {
    const notice = context.createNotice(DISCLOSURE, settings.text.value.trim())
    // Appended as a node after the parsed text: nothing in the text can absorb it.
    if (statements) notice.children.push(structuredClone(statements))
    return notice
  }
  const notice = create()
  if (settings.position === 'bottom') {
    context.insertBlock(tree, notice, 'bottom')
    warnAfterLinks(context, notice, first)
  } else {
    if (settings.position === 'before-first-link') insertBefore(context, tree, notice, first.block)
    else context.insertBlock(tree, notice, 'top')
    if (settings.position === 'both') context.insertBlock(tree, create(), 'bottom')
    const noticeIndex = tree.children.indexOf(notice)
    const blockIndex = tree.children.indexOf(first.block as RootContent)
    if (noticeIndex > blockIndex && blockIndex !== -1) warnAfterLinks(context, notice, first)
  }
  warnUntranslated(file, settings.text, context.locale, first.node)
  return { links: links.length, networks, disclosure: 'inserted' }
}

function insertBefore(
  context: AffiliateContext,
  tree: Root,
  notice: Blockquote,
  block: Nodes,
): void {
  const index = tree.children.indexOf(block as RootContent)
  if (index === -1) context.insertBlock(tree, notice, 'top')
  else tree.children.splice(index, 0, notice)
}

/** Warn at the disclosure, or at the first link when the disclosure was inserted (no position). */
function warnAfterLinks(context: AffiliateContext, node: Nodes, first: FoundLink): void {
  const line = first.node.position?.start.line
  report(
    context.file,
    `The affiliate disclosure comes after the first affiliate link${line === undefined ? '' : ` (line ${line})`}: the FTC and the ASA ask for it before the reader reaches a link`,
    'disclosure-after-links',
    node.position ? node : first.node,
  )
}
