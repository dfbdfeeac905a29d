import type { Nodes, Paragraph, Text } from 'mdast'
import type { LeafDirective, TextDirective } from 'mdast-util-directive'
import { directiveToMarkdown } from 'mdast-util-directive'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'

/**
 * The text an author wrote for a directive, so a directive no plugin handles
 * can be shown as written (remark-directive would otherwise drop `note:tip`
 * to `note`). Sliced from the source when positions exist, else serialized.
 */
function directiveSource(node: Nodes, file: VFile): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const source = String(file)
  if (start !== undefined && end !== undefined && end <= source.length && source) {
    return source.slice(start, end)
  }
  return toMarkdown(node, { extensions: [directiveToMarkdown()] }).trimEnd()
}

/**
 * What replaces a directive nobody rendered: its source as text, in a
 * paragraph when it stood as a block, at the directive's position.
 */
export function restoreDirective(node: LeafDirective, file: VFile): Paragraph
export function restoreDirective(node: TextDirective, file: VFile): Text
export function restoreDirective(node: LeafDirective | TextDirective, file: VFile): Paragraph | Text
export function restoreDirective(
  node: LeafDirective | TextDirective,
  file: VFile,
): Paragraph | Text {
  const position = node.position && { position: node.position }
  const text: Text = { type: 'text', value: directiveSource(node, file), ...position }
  return node.type === 'leafDirective' ? { type: 'paragraph', children: [text], ...position } : text
}
