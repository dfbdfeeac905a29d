import type { Nodes, Parents, Root } from 'mdast'

/** Returned by a visitor to leave a node's children alone. */
export const SKIP = 'skip'

/** Called for every node, parents first; `ancestors[0]` is the root. */
export type Visitor = (node: Nodes, ancestors: readonly Parents[]) => typeof SKIP | undefined

/**
 * Walk the tree once, depth first. A plain loop with one shared ancestor
 * stack: `unist-util-visit-parents` copies the ancestor list at every node,
 * which made the traversal cost more than the plugin's own work (measured in
 * `npm run bench`). The visitor may replace the current node in its parent
 * (then it returns `SKIP`) or replace the node's children before they are
 * walked.
 */
export function walk(tree: Root, visitor: Visitor): void {
  const ancestors: Parents[] = []
  const step = (node: Nodes): void => {
    if (visitor(node, ancestors) === SKIP || !('children' in node)) return
    ancestors.push(node)
    const children: Nodes[] = node.children
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (child) step(child)
    }
    ancestors.pop()
  }
  step(tree)
}
