import type { Blockquote, Definition, Nodes, Paragraph, Root, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { frontMatterSetting } from '../front-matter'
import { report } from '../report'
import { compileDisclosureTest, textOf } from './existing'
import { rawHtmlHrefs } from './html'
import { type JsxElement, jsxHref, markJsx } from './jsx'
import { type AffiliateMatch, compileMatcher, type HrefVerdict } from './match'
import type { AffiliateOptions, AffiliatePosition } from './options'
import { DEFAULT_REL, mergeRel } from './rel'
import {
  type AmazonStatementLanguage,
  amazonStatement,
  amazonStatementLanguage,
  disclosureMarkdown,
  hasAmazonStatement,
} from './texts'
import type {
  AffiliateCollector,
  AffiliateContext,
  AffiliateReport,
  CompiledAffiliate,
} from './types'

/** The type name of our own disclosure callout. */
const DISCLOSURE = 'affiliate-disclosure'

/** A node whose URL can be marked: the nodes that render as `<a>`. */
type MarkableLink = Extract<Nodes, { type: 'link' | 'linkReference' }>

/** One affiliate link found, in document order. */
interface Found {
  seq: number
  node: Nodes
  /** The top-level block that holds it (the root's child). */
  block: Nodes
  match: AffiliateMatch
}

/** A disclosure already in the document. */
interface Disclosure {
  seq: number
  node: Blockquote | ContainerDirective | Paragraph
  /** Our own callout (`> [!affiliate-disclosure]`), as opposed to an author paragraph. */
  own: boolean
}

/** A `[text][id]` reference waiting for its definition, which may come later. */
interface PendingReference {
  seq: number
  node: Extract<Nodes, { type: 'linkReference' }>
  block: Nodes
}

function isOwnDisclosure(node: Nodes): node is Blockquote | ContainerDirective {
  return (
    (node.type === 'blockquote' || node.type === 'containerDirective') &&
    node.data?.notice?.type === DISCLOSURE
  )
}

/** Set `rel` (merged) and `data-affiliate` for `mdast-util-to-hast`. */
function markLink(node: MarkableLink, rel: readonly string[], network: string): void {
  const data = node.data ?? {}
  const properties = data.hProperties ?? {}
  data.hProperties = {
    ...properties,
    rel: mergeRel(properties.rel, rel),
    dataAffiliate: network,
  }
  node.data = data
}

/**
 * Compile the options once per `use()`: matchers, disclosure patterns and
 * defaults. Each file then gets a cheap collector.
 */
export function compileAffiliate(options: AffiliateOptions): CompiledAffiliate {
  const match = compileMatcher(options)
  const isDisclosureText = compileDisclosureTest(options.existing)
  const rel: readonly string[] = options.rel ?? DEFAULT_REL
  const position: AffiliatePosition = options.position ?? 'top'
  const insert = options.insert ?? true

  return {
    createCollector(context: AffiliateContext): AffiliateCollector {
      // `healthmark: { affiliate: false }` in front matter: pages that quote network URLs.
      if (frontMatterSetting(context.file, 'affiliate') === false)
        return { enter() {}, finish() {} }
      const { file } = context
      const found: Found[] = []
      const pending: PendingReference[] = []
      const disclosures: Disclosure[] = []
      const definitions = new Map<string, Definition>()
      const ownCallouts = new Set<Nodes>()
      // Paragraphs are only tested against the disclosure patterns when the
      // page has affiliate links: most pages have none, so that work is saved.
      const paragraphs: Array<{ seq: number; node: Paragraph }> = []
      let seq = 0

      /** Mark, count and warn for one href; returns the verdict for the caller's extra handling. */
      const consider = (href: string, node: Nodes, block: Nodes, at: number): HrefVerdict => {
        const verdict = match(href)
        if (verdict?.kind === 'shortened') {
          report(
            file,
            `Shortened link to \`${verdict.host}\` hides where it goes: Amazon's linking rules forbid hiding an affiliate link behind a shortener, and readers cannot see it is paid. Link to the shop directly (Amazon's own \`amzn.to\` is allowed)`,
            'shortened-affiliate-link',
            node,
          )
        } else if (verdict?.kind === 'affiliate') {
          found.push({ seq: at, node, block, match: verdict.match })
        }
        return verdict
      }

      return {
        enter(node, ancestors) {
          const at = seq++
          const block = ancestors[1] ?? node
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
              if (verdict?.kind === 'affiliate')
                markJsx(node as JsxElement, rel, verdict.match.network)
              return
            }
            case 'html':
              for (const href of rawHtmlHrefs(node.value)) {
                const verdict = consider(href, node, block, at)
                if (verdict?.kind !== 'affiliate') continue
                report(
                  file,
                  `Raw HTML link to ${verdict.match.network} (\`${verdict.match.host}\`) cannot be given \`rel="${rel.join(' ')}"\` safely: add it to the tag yourself or write the link in Markdown`,
                  'raw-html-affiliate-link',
                  node,
                )
              }
              return
            case 'paragraph':
              if (node.data?.noticeTitle) return
              if (ownCallouts.size > 0 && ancestors.some((ancestor) => ownCallouts.has(ancestor)))
                return
              paragraphs.push({ seq: at, node })
              return
            default:
              if (isOwnDisclosure(node)) {
                ownCallouts.add(node)
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
              if (isDisclosureText(textOf(paragraph.node))) {
                disclosures.push({ seq: paragraph.seq, node: paragraph.node, own: false })
              }
            }
            disclosures.sort((a, b) => a.seq - b.seq)
          }
          file.data.affiliate = conclude(tree, found, disclosures)
        },
      }

      /** Decide about the disclosure, warn, and build the report. */
      function conclude(tree: Root, links: Found[], existing: Disclosure[]): AffiliateReport {
        const counts = new Map<string, number>()
        for (const link of links)
          counts.set(link.match.network, (counts.get(link.match.network) ?? 0) + 1)
        const networks = Object.fromEntries(counts)
        const first = links[0]
        const ownExists = existing.some((disclosure) => disclosure.own)
        if (first === undefined) {
          return { links: 0, networks, disclosure: ownExists ? 'existing' : 'none' }
        }
        const amazon = amazonLanguages(links)

        if (existing.length > 0) {
          for (const disclosure of existing) {
            if (disclosure.own) continue
            const data = disclosure.node.data ?? {}
            data.hProperties = { ...data.hProperties, dataNotice: DISCLOSURE }
            disclosure.node.data = data
          }
          const [earliest] = existing
          if (earliest !== undefined && earliest.seq > first.seq) {
            warnAfterLinks(earliest.node, first)
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

        if (!insert) {
          report(
            file,
            `${links.length === 1 ? 'An affiliate link' : `${links.length} affiliate links`} (${[...counts.keys()].join(', ')}) but no disclosure: add one before the first link (FTC 16 CFR 255, ASA, UWG § 5a)`,
            'affiliate-link-without-disclosure',
            first.node,
          )
          return { links: links.length, networks, disclosure: 'none' }
        }

        const markdown = disclosureMarkdown({
          locale: context.locale,
          text: options.text ?? undefined,
          siteName: options.siteName ?? undefined,
          amazon,
        })
        const create = () => context.createNotice(DISCLOSURE, markdown)
        if (position === 'bottom') {
          const notice = create()
          context.insertBlock(tree, notice, 'bottom')
          warnAfterLinks(notice, first)
        } else {
          const notice = create()
          if (position === 'before-first-link') insertBefore(tree, notice, first.block)
          else context.insertBlock(tree, notice, 'top')
          if (position === 'both') context.insertBlock(tree, create(), 'bottom')
          const noticeIndex = tree.children.indexOf(notice)
          const blockIndex = tree.children.indexOf(first.block as RootContent)
          if (noticeIndex > blockIndex && blockIndex !== -1) warnAfterLinks(notice, first)
        }
        return { links: links.length, networks, disclosure: 'inserted' }
      }

      function insertBefore(tree: Root, notice: Blockquote, block: Nodes): void {
        const index = tree.children.indexOf(block as RootContent)
        if (index === -1) context.insertBlock(tree, notice, 'top')
        else tree.children.splice(index, 0, notice)
      }

      /** Warn at the disclosure, or at the first link when the disclosure was inserted (no position). */
      function warnAfterLinks(node: Nodes, first: Found): void {
        const line = first.node.position?.start.line
        report(
          file,
          `The affiliate disclosure comes after the first affiliate link${line === undefined ? '' : ` (line ${line})`}: the FTC and the ASA ask for it before the reader reaches a link`,
          'disclosure-after-links',
          node.position ? node : first.node,
        )
      }

      function amazonLanguages(links: Found[]): AmazonStatementLanguage[] {
        const languages: AmazonStatementLanguage[] = []
        for (const link of links) {
          if (link.match.network !== 'amazon') continue
          const language = amazonStatementLanguage(link.match.host, context.locale)
          if (!languages.includes(language)) languages.push(language)
        }
        return languages
      }
    },
  }
}
