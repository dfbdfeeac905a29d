import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { mergeRel } from './rel'

/** An MDX JSX element (`<a href="…">` in MDX). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** A plain `name="…"` or `name={…}` attribute (not a `{...spread}`). */
function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  for (const candidate of node.attributes) {
    if (candidate.type === 'mdxJsxAttribute' && candidate.name === name) return candidate
  }
  return undefined
}

/** The literal `href` of a JSX `<a>`; expressions (`href={url}`) cannot be read statically. */
export function jsxHref(node: JsxElement): string | undefined {
  if (node.name !== 'a') return undefined
  const value = attribute(node, 'href')?.value
  return typeof value === 'string' ? value : undefined
}

/**
 * Add the `rel` tokens (merged with a literal `rel` already there) and
 * `data-affiliate`. A `rel={expression}` is the author's code: left alone.
 */
export function markJsx(node: JsxElement, rel: readonly string[], network: string): void {
  const relAttribute = attribute(node, 'rel')
  if (relAttribute === undefined) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: rel.join(' ') })
  } else if (typeof relAttribute.value === 'string') {
    relAttribute.value = mergeRel(relAttribute.value, rel).join(' ')
  }
  const data = attribute(node, 'data-affiliate')
  if (data) data.value = network
  else node.attributes.push({ type: 'mdxJsxAttribute', name: 'data-affiliate', value: network })
}
