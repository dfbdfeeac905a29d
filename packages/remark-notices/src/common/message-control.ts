import type { Nodes, Root } from 'mdast'
import { commentMarker } from 'mdast-comment-marker'
import { messageControl } from 'unified-message-control'
import type { VFile } from 'vfile'
import { RULE_IDS } from './constants'
import { MESSAGE_SOURCE } from './messages'

// Only documents that mention a marker pay for the filter.
const MARKER = /healthmark\s+(?:disable|enable|ignore)/

/**
 * Apply `<!--healthmark disable RULE-->` (`enable`, `ignore`) comments, the
 * remark-message-control convention, to our messages on `file`. Called at
 * the end of our own transformer rather than attached with `this.use()` as
 * remark-lint does: an attached one would run after remark-rehype, on the
 * HTML tree. It reads a copy of the tree without the nodes we inserted: a
 * node without a position would make remark-message-control treat the
 * source around it as a gap and drop the messages placed there.
 */
export function createMessageControl(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    if (file.value !== undefined && !MARKER.test(String(file.value))) return
    // What remark-message-control does, called with its parts' named exports:
    // its default export does not survive the CommonJS build's interop.
    messageControl(positioned(tree) as Root, {
      file,
      marker: commentMarker,
      name: 'healthmark',
      source: MESSAGE_SOURCE,
      known: [...RULE_IDS],
      test: ['html', 'mdxFlowExpression', 'mdxTextExpression'],
    })
  }
}

function positioned(node: Nodes): Nodes {
  if (!('children' in node)) return node
  const children = (node.children as Nodes[]).filter((child) => child.position).map(positioned)
  return { ...node, children } as Nodes
}
