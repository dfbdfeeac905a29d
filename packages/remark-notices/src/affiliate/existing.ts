import escapeStringRegexp from 'escape-string-regexp'
import type { Nodes } from 'mdast'

/**
 * Words that show a paragraph is an affiliate disclosure the author wrote
 * ("As an Amazon Associate", "affiliate link", "commission", German
 * "Provision" / "Affiliate-Link" / "Werbung"), plus the same ideas in the other
 * built-in locales. No trailing `\b` after words that may end in a non-ASCII
 * letter: JavaScript's `\b` only knows ASCII word characters.
 */
export const BUILT_IN_DISCLOSURE_PATTERNS: readonly RegExp[] = [
  /\bAs an Amazon Associate\b/i,
  /\baffiliate[\s-]+links?\b/i,
  /\bcommissions?\b/i,
  /\bpaid links?\b/i,
  /\bProvision(?:en)?\b/i,
  /\bWerbung\b/i,
  /\bWerbelinks?\b/i,
  /\bAls Amazon-Partner\b/i,
  /\benlaces? de afiliad/i,
  /\bcomisi[oó]n/i,
  /\bAfiliad[oa] de Amazon\b/i,
  /\bliens? affili[ée]/i,
  /\bPartenaire Amazon\b/i,
]

/**
 * One test for "is this text a disclosure": the built-in patterns and the
 * `existing` option (strings match case-insensitively as plain text).
 */
export function compileDisclosureTest(
  existing: ReadonlyArray<string | RegExp> | null | undefined,
): (text: string) => boolean {
  const patterns = [
    ...BUILT_IN_DISCLOSURE_PATTERNS,
    ...(existing ?? []).map((entry) =>
      typeof entry === 'string' ? new RegExp(escapeStringRegexp(entry.trim()), 'i') : entry,
    ),
  ]
  return (text) =>
    patterns.some((pattern) => {
      // A user RegExp with `g`/`y` keeps `lastIndex` between calls.
      pattern.lastIndex = 0
      return pattern.test(text)
    })
}

/**
 * The plain text of a node, as a reader sees it: text values and image alt
 * text, with code left out (a `commission` in code is not a disclosure). A
 * small walk rather than `mdast-util-to-string`, which also counts code.
 */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if (!('children' in node)) return ''
  let result = ''
  for (const child of node.children) result += textOf(child as Nodes)
  return result
}
