import type { Blockquote, Nodes, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import type { Locale } from '../common/constants'

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

/** What the plugin gives the affiliate part for one file. */
export interface AffiliateContext {
  file: VFile
  /** The processor's locale (Amazon short links carry no storefront). */
  locale: Locale
  /** A fresh callout node of type `affiliate-disclosure` whose body is `markdown` (parsed as CommonMark); the caller may append to it. */
  createNotice(type: 'affiliate-disclosure', markdown: string): Blockquote
  /** Insert a block at the top (after the first heading, else first) or at the bottom of the root. */
  insertBlock(tree: Root, node: RootContent, position: 'top' | 'bottom'): void
}

/** Fed every node of the plugin's one traversal, then finished once. */
export interface AffiliateCollector {
  /** Called for every node, after callouts are built; `block` is the root's child that holds it. */
  enter(node: Nodes, block: Nodes): void
  /** Called once after the traversal: resolves references, inserts or checks the disclosure. */
  finish(tree: Root): void
}

/** One affiliate link found, in document order. */
export interface FoundLink {
  seq: number
  node: Nodes
  /** The top-level block that holds it (the root's child). */
  block: Nodes
  network: string
  host: string
}

/** A disclosure already in the document. */
export interface FoundDisclosure {
  seq: number
  node: Nodes
  /** Our own callout (`> [!affiliate-disclosure]`), as opposed to an author paragraph. */
  own: boolean
}
