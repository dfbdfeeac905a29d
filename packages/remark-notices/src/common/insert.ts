import type { Root, RootContent } from 'mdast'
import { afterTitle } from './place'

/**
 * Insert a block at the top of the document (right under the page title, see
 * `afterTitle`) or at the bottom.
 */
export function insertBlock(tree: Root, node: RootContent, position: 'top' | 'bottom'): void {
  if (position === 'bottom') tree.children.push(node)
  else tree.children.splice(afterTitle(tree), 0, node)
}
