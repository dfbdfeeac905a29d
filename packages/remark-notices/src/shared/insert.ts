import type { Root, RootContent } from 'mdast'

// Nodes that belong before any content: front matter and MDX imports/exports.
const PREAMBLE = new Set(['yaml', 'toml', 'mdxjsEsm'])

/**
 * Insert a block at the top of the document (right after the first heading
 * when the document starts with one, else before the first content) or at
 * the bottom.
 */
export function insertBlock(tree: Root, node: RootContent, position: 'top' | 'bottom'): void {
  if (position === 'bottom') {
    tree.children.push(node)
    return
  }
  let index = 0
  while (index < tree.children.length && PREAMBLE.has(tree.children[index]?.type ?? '')) index++
  if (tree.children[index]?.type === 'heading') index++
  tree.children.splice(index, 0, node)
}
