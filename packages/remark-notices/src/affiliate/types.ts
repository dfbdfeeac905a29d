import type { Blockquote, Nodes, Parents, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { Locale } from '../constants'

/** What the affiliate part found in one file, on `file.data.affiliate`. */
export interface AffiliateReport {
  /** Affiliate links found (Markdown, reference, JSX and raw HTML links alike). */
  links: number
  /** Links per network name (`amazon`, `awin`, custom names …). */
  networks: Record<string, number>
  /** Whether the plugin inserted a disclosure, found one, or there is none. */
  disclosure: 'inserted' | 'existing' | 'none'
}

declare module 'vfile' {
  interface DataMap {
    affiliate: AffiliateReport
  }
}

/** What the core gives the collector for one file. */
export interface AffiliateContext {
  file: VFile
  locale: Locale
  /** A finished callout node of type `affiliate-disclosure` whose body is `markdown` (parsed as CommonMark). */
  createNotice(type: 'affiliate-disclosure', markdown: string): Blockquote
  /** Insert a block at the top (after the first heading, else first) or at the bottom of the root. */
  insertBlock(tree: Root, node: RootContent, position: 'top' | 'bottom'): void
}

/** Fed every node of one traversal, then finished once. */
export interface AffiliateCollector {
  /** Called for every node, after the core handled it; `ancestors[0]` is the root. */
  enter(node: Nodes, ancestors: readonly Parents[]): void
  /** Called once after the traversal: resolves references, inserts or checks the disclosure. */
  finish(tree: Root): void
}

/** Built once per `use()` call, after options are validated. */
export interface CompiledAffiliate {
  createCollector(context: AffiliateContext): AffiliateCollector
}
