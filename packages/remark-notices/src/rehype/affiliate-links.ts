import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { mergeRel } from '../affiliate/rel'
import { resolveOptions } from '../options/resolve'
import type { Options } from '../options/types'

/**
 * The HTML-level route: a rehype plugin that gives every affiliate `<a>` in
 * the hast tree the same `rel` tokens and `data-affiliate` as the remark
 * plugin gives Markdown links. For pipelines that run `rehype-raw` or build
 * HTML some other way; it takes the same options (only `affiliate` matters)
 * and validates them the same way. It marks links only: the disclosure stays
 * the remark plugin's job, which also counts raw HTML links.
 *
 * @throws {NoticeOptionsError} naming each bad option and what was expected.
 */
export default function rehypeAffiliateLinks(options?: Options | null) {
  const affiliate = resolveOptions(options ?? {}).affiliate
  return (tree: Root): undefined => {
    if (affiliate === undefined) return
    visit(tree, 'element', (node) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string') return
      const verdict = affiliate.match(href)
      if (verdict?.kind !== 'affiliate') return
      node.properties.rel = mergeRel(node.properties.rel, affiliate.rel)
      node.properties.dataAffiliate = verdict.match.network
    })
  }
}
