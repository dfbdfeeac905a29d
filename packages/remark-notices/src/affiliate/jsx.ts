import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { mergeRel } from './rel'

/** An MDX JSX element (`<a href="…">` in MDX). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** The literal `href` of a JSX `<a>`; expressions (`href={url}`) cannot be read statically. */
export function jsxHref(node: JsxElement): string | undefined {
  if (node.name !== 'a') return undefined
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href') {
      return typeof attribute.value === 'string' ? attribute.value : undefined
    }
  }
  return undefined
}

/**
 * Add the `rel` tokens (merged with a literal `rel` already there) and
 * `data-affiliate`. A `rel={expression}` is the author's code: left alone.
 */
export function markJsx(node: JsxElement, rel: readonly string[], network: string): void {
  const relAttribute = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'rel',
  )
  if (relAttribute === undefined) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: rel.join(' ') })
  } else if (relAttribute.type === 'mdxJsxAttribute' && typeof relAttribute.value === 'string') {
    relAttribute.value = mergeRel(relAttribute.value, rel).join(' ')
  }
  const data = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'data-affiliate',
  )
  if (data?.type === 'mdxJsxAttribute') data.value = network
  else node.attributes.push({ type: 'mdxJsxAttribute', name: 'data-affiliate', value: network })
}
