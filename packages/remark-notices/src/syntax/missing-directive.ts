import type { Nodes, Parents, Text } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { report } from '../common/messages'

/** Fed every node of the plugin's one traversal, before any is replaced; then finished once. */
export interface MissingDirectiveCheck {
  enter(node: Nodes, index: number | undefined, parent: Parents | undefined): void
  finish(): void
}

/** What a container directive or a tip looks like when no parser read it. */
const DIRECTIVE_LINE = /^(?::{3,}[a-z][a-z0-9-]*|::health-tip)(?![\w-])/

/**
 * `missing-remark-directive`: the document has `:::name` or `::health-tip`
 * lines, but they are plain text because the parser does not read
 * directives. One warning per file. Code is never text, so examples in code
 * blocks and inline code do not count; and when the parser does read
 * directives (a framework such as Starlight may have rendered them all
 * before this plugin runs), nothing is reported.
 */
export function createMissingDirectiveCheck(
  processor: Processor,
  file: VFile,
): MissingDirectiveCheck {
  let sawDirective = false
  let firstLine: Text | undefined
  return {
    enter(node, index, parent) {
      if (
        node.type === 'containerDirective' ||
        node.type === 'leafDirective' ||
        node.type === 'textDirective'
      ) {
        sawDirective = true
      } else if (node.type === 'text' && parent?.type === 'paragraph' && !firstLine) {
        // Only text that starts a line: the paragraph's first, after a hard break, or after a newline.
        const startsLine = index === 0 || parent.children[(index ?? 0) - 1]?.type === 'break'
        firstLine = directiveLine(node, startsLine)
      }
    },
    finish() {
      if (sawDirective || !firstLine || parsesDirectives(processor)) return
      report(
        file,
        `\`${firstLine.value}\` is a directive, but nothing parses directives, so it stays text: add remark-directive before @healthmark/remark-notices (\`.use(remarkDirective)\`, or \`remarkDirective\` first in your framework's remark plugins)`,
        'missing-remark-directive',
        firstLine,
      )
    },
  }
}

/** The first directive-looking line of a text node, as a text node placed on that line. */
function directiveLine(node: Text, startsLine: boolean): Text | undefined {
  // Most text has no `::` at all: skip it without splitting.
  if (!node.value.includes('::')) return undefined
  const lines = node.value.split('\n')
  for (const [offset, line] of lines.entries()) {
    if (offset === 0 && !startsLine) continue
    const match = DIRECTIVE_LINE.exec(line)
    if (!match) continue
    const start = node.position?.start
    if (!start) return { type: 'text', value: match[0] }
    // Later lines start where the paragraph does (after any `>` of a quote).
    const place = { line: start.line + offset, column: start.column }
    return {
      type: 'text',
      value: match[0],
      position: { start: place, end: { line: place.line, column: place.column + match[0].length } },
    }
  }
  return undefined
}

/**
 * Whether the processor's parser turns `:::name` into directive nodes: the
 * mdast extension of remark-directive (or any equivalent) handles the
 * `directiveContainer` token.
 */
function parsesDirectives(processor: Processor): boolean {
  // Typed loosely: the key is declared by the syntax plugins, not by unified.
  const data = processor.data() as { fromMarkdownExtensions?: unknown }
  const extensions: unknown[] = [data.fromMarkdownExtensions ?? []].flat(Number.POSITIVE_INFINITY)
  return extensions.some(
    (extension) =>
      typeof extension === 'object' &&
      extension !== null &&
      'enter' in extension &&
      typeof extension.enter === 'object' &&
      extension.enter !== null &&
      'directiveContainer' in extension.enter,
  )
}
