import type { Definition, Nodes, Paragraph } from 'mdast'
import { visit } from 'unist-util-visit'
import { frontMatterSetting } from '../common/front-matter'
import { inform, report } from '../common/messages'
import type { AffiliateSettings, HrefVerdict } from '../options/settings'
import { conclude, DISCLOSURE } from './disclosure'
import { textOf } from './existing'
import { applySplices, markAnchor, rawHtmlAnchors, type Splice } from './html'
import { type JsxElement, jsxHref, markJsx } from './jsx'
import { markLink } from './rel'
import type { AffiliateCollector, AffiliateContext, FoundDisclosure, FoundLink } from './types'

/** A `[text][id]` reference waiting for its definition, which may come later. */
interface PendingReference {
  seq: number
  node: Extract<Nodes, { type: 'linkReference' }>
  block: Nodes
}

function isOwnDisclosure(node: Nodes): boolean {
  return (
    (node.type === 'blockquote' || node.type === 'containerDirective') &&
    node.data?.notice?.type === DISCLOSURE
  )
}

/** Why a raw HTML link cannot be rewritten in place, for the warning. */
const UNWRITABLE = {
  split: 'its tag continues outside this HTML block (split by a blank line or by Markdown)',
  template: 'its `href` is a template (`{{ … }}`, `{% … %}`) filled in after this plugin ran',
} as const

/** A collector that does nothing: affiliate detection is off for this file. */
const OFF: AffiliateCollector = { enter() {}, finish() {} }

/**
 * The affiliate part for one file: finds affiliate links during the plugin's
 * one traversal, marks them `rel="sponsored …"`, and at the end makes sure
 * the document carries a disclosure before them.
 */
export function createCollector(
  settings: AffiliateSettings,
  context: AffiliateContext,
): AffiliateCollector {
  const { file } = context
  // `healthmark: { affiliate: false }` in front matter: pages that quote network URLs.
  if (frontMatterSetting(file, 'affiliate') === false) return OFF
  const { rel } = settings
  const found: FoundLink[] = []
  const pending: PendingReference[] = []
  const disclosures: FoundDisclosure[] = []
  const definitions = new Map<string, Definition>()
  // Paragraphs inside our own disclosure callouts are not author disclosures.
  const ownParagraphs = new Set<Nodes>()
  // Paragraphs are only tested against the disclosure patterns when the
  // page has affiliate links: most pages have none, so that work is saved.
  const paragraphs: Array<{ seq: number; node: Paragraph }> = []
  let seq = 0

  /** Mark, count and warn for one href; returns the verdict for the caller's extra handling. */
  const consider = (href: string, node: Nodes, block: Nodes, at: number): HrefVerdict => {
    const verdict = settings.match(href, (matcher, error) => {
      report(
        file,
        `Affiliate matcher \`${matcher}\` threw on \`${href}\` (${error instanceof Error ? error.message : String(error)}): the link was checked by the other matchers only; fix the matcher`,
        'affiliate-matcher-error',
        node,
      )
    })
    if (verdict?.kind === 'shortened') {
      report(
        file,
        `Shortened link to \`${verdict.host}\` hides where it goes: Amazon's linking rules forbid hiding an affiliate link behind a shortener, and readers cannot see it is paid. Link to the shop directly (Amazon's own \`amzn.to\` is allowed)`,
        'shortened-affiliate-link',
        node,
      )
    } else if (verdict?.kind === 'possible') {
      inform(
        file,
        `Link to \`${verdict.host}\` may be an affiliate link (${verdict.signal}), so it is not marked on a guess: if it is paid, declare it with \`affiliate.matchers\` or \`affiliate.redirects\``,
        'possible-affiliate-link',
        node,
      )
    } else if (verdict?.kind === 'affiliate') {
      const { network, host } = verdict.match
      found.push({ seq: at, node, block, network, host })
    }
    return verdict
  }

  return {
    enter(node, block) {
      const at = seq++
      switch (node.type) {
        case 'link': {
          const verdict = consider(node.url, node, block, at)
          if (verdict?.kind === 'affiliate') markLink(node, rel, verdict.match.network)
          return
        }
        case 'linkReference':
          pending.push({ seq: at, node, block })
          return
        case 'definition':
          // CommonMark: the first definition of a label wins.
          if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
          return
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const href = jsxHref(node as JsxElement)
          if (href === undefined) return
          const verdict = consider(href, node, block, at)
          if (verdict?.kind === 'affiliate') markJsx(node as JsxElement, rel, verdict.match.network)
          return
        }
        case 'html': {
          const splices: Splice[] = []
          for (const anchor of rawHtmlAnchors(node.value)) {
            const verdict = consider(anchor.href, node, block, at)
            if (verdict?.kind !== 'affiliate') continue
            const { network, host } = verdict.match
            if (anchor.unwritable === undefined) {
              splices.push(...markAnchor(anchor, rel, network))
              continue
            }
            report(
              file,
              `Raw HTML link to ${network} (\`${host}\`) cannot be given \`rel="${rel.join(' ')}"\`: ${UNWRITABLE[anchor.unwritable]}; add it to the tag yourself or write the link in Markdown`,
              'raw-html-affiliate-link',
              node,
            )
          }
          node.value = applySplices(node.value, splices)
          return
        }
        case 'paragraph':
          if (node.data?.noticeTitle || ownParagraphs.has(node)) return
          paragraphs.push({ seq: at, node })
          return
        default:
          if (isOwnDisclosure(node)) {
            visit(node, 'paragraph', (paragraph) => {
              ownParagraphs.add(paragraph)
            })
            disclosures.push({ seq: at, node, own: true })
          }
      }
    },

    finish(tree) {
      for (const reference of pending) {
        const definition = definitions.get(reference.node.identifier)
        if (definition === undefined) continue
        const verdict = consider(definition.url, reference.node, reference.block, reference.seq)
        if (verdict?.kind === 'affiliate') markLink(reference.node, rel, verdict.match.network)
      }
      found.sort((a, b) => a.seq - b.seq)
      if (found.length > 0) {
        for (const paragraph of paragraphs) {
          if (settings.isDisclosure(textOf(paragraph.node))) {
            disclosures.push({ seq: paragraph.seq, node: paragraph.node, own: false })
          }
        }
        disclosures.sort((a, b) => a.seq - b.seq)
      }
      file.data.affiliate = conclude(tree, found, disclosures, settings, context)
    },
  }
}
