import type { Nodes, Root } from 'mdast'

/**
 * What a feature hands the plugin's one traversal: it is fed every node (after
 * callouts and tips are built), then finished once with the whole tree, so no
 * feature walks the tree on its own.
 */
export interface DocumentPass {
  enter(node: Nodes): void
  finish(tree: Root): void
}
