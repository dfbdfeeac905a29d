import type { Nodes } from 'mdast'

/** The `rel` tokens every affiliate link gets unless the `rel` option says otherwise. */
export const DEFAULT_REL = ['sponsored', 'nofollow', 'noopener'] as const

/**
 * Split a `rel` value as found on a node: a space-separated string (HTML,
 * JSX), a token array (hast properties), or nothing.
 */
export function relTokens(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  if (Array.isArray(value)) {
    return value.flatMap((token) => (typeof token === 'string' ? relTokens(token) : []))
  }
  return []
}

/**
 * Existing tokens first, in their order, then each of `add` that is missing.
 * `rel` tokens are ASCII case-insensitive, so `Sponsored` already counts.
 */
export function mergeRel(existing: unknown, add: readonly string[]): string[] {
  const tokens = relTokens(existing)
  const seen = new Set(tokens.map((token) => token.toLowerCase()))
  for (const token of add) {
    const key = token.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      tokens.push(token)
    }
  }
  return tokens
}

/** Set `rel` (merged) and `data-affiliate` on a Markdown link for `mdast-util-to-hast`. */
export function markLink(
  node: Extract<Nodes, { type: 'link' | 'linkReference' }>,
  rel: readonly string[],
  network: string,
): void {
  const data = node.data ?? {}
  const properties = data.hProperties ?? {}
  data.hProperties = {
    ...properties,
    rel: mergeRel(properties.rel, rel),
    dataAffiliate: network,
  }
  node.data = data
}
