import type { Nodes } from 'mdast'
import { directiveToMarkdown } from 'mdast-util-directive'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'

/**
 * The text an author wrote for a directive, so a directive no plugin handles
 * can be shown as written (remark-directive would otherwise drop `note:tip`
 * to `note`). Sliced from the source when positions exist, else serialized.
 */
export function directiveSource(node: Nodes, file: VFile): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const source = String(file)
  if (start !== undefined && end !== undefined && end <= source.length && source) {
    return source.slice(start, end)
  }
  return toMarkdown(node, { extensions: [directiveToMarkdown()] }).trimEnd()
}
