import type { Nodes, Paragraph, Text } from 'mdast'
import type { LeafDirective, TextDirective } from 'mdast-util-directive'
import { directiveToMarkdown } from 'mdast-util-directive'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { VFile } from 'vfile'

// A file's value as one string, decoded once: remark-cli reads files as
// Buffers, and decoding the whole file per directive made restoring quadratic.
const sources = new WeakMap<VFile, string>()

function sourceOf(file: VFile): string {
  let source = sources.get(file)
  if (source === undefined) {
    source = String(file)
    sources.set(file, source)
  }
  return source
}

/**
 * The text an author wrote for a directive, so a directive no plugin handles
 * can be shown as written (remark-directive would otherwise drop `note:tip`
 * to `note`). A one-line directive is sliced from the source; one that spans
 * lines is serialized from the node, because its source lines may carry a
 * container's prefix (`> ` in a blockquote) that is not the author's text.
 */
function directiveSource(node: Nodes, file: VFile): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (
    start !== undefined &&
    end !== undefined &&
    node.position?.start.line === node.position?.end.line
  ) {
    const source = sourceOf(file)
    if (end <= source.length) return source.slice(start, end)
  }
  return toMarkdown(node, { extensions: [directiveToMarkdown()] }).trimEnd()
}

/**
 * What replaces a directive nobody rendered: its source as text, in a
 * paragraph when it stood as a block, at the directive's position. The text
 * is marked so `remark-stringify` writes it back unescaped, as the directive
 * it was: the next run finds (and reports) the same directive again.
 */
export function restoreDirective(node: LeafDirective, file: VFile): Paragraph
export function restoreDirective(node: TextDirective, file: VFile): Text
export function restoreDirective(node: LeafDirective | TextDirective, file: VFile): Paragraph | Text
export function restoreDirective(
  node: LeafDirective | TextDirective,
  file: VFile,
): Paragraph | Text {
  const position = node.position && { position: node.position }
  const text: Text = {
    type: 'text',
    value: directiveSource(node, file),
    data: { restoredDirective: true },
    ...position,
  }
  return node.type === 'leafDirective' ? { type: 'paragraph', children: [text], ...position } : text
}
