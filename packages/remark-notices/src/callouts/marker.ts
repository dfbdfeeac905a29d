import type { Blockquote, Paragraph, PhrasingContent } from 'mdast'

/** What the first line of an alert blockquote says. */
export interface AlertMarker {
  /** The name between `[!` and `]`, as written (`WARNING`, `see-doctor`). */
  marker: string
  /** `-` (closed) or `+` (open) right after the `]`. */
  fold: 'open' | 'closed' | undefined
  /** Inline content after the marker on the same line (the author's title). */
  title: PhrasingContent[]
  /** What is left of the first paragraph after its first line. */
  rest: PhrasingContent[]
}

// `[!name]`, an optional fold sign, then a space or the end of the line. Names
// are letters, digits and hyphens, as in GitHub's and Obsidian's syntax.
const MARKER = /^\[!([A-Za-z][A-Za-z0-9-]*)\]([+-])?(?=[ \t]|\n|$)[ \t]*/

/**
 * Read a GitHub/Obsidian alert marker from the start of a blockquote. Only a
 * marker at the very start of the first paragraph counts, as on GitHub.
 */
export function readAlertMarker(node: Blockquote): AlertMarker | undefined {
  const first = node.children[0]
  if (first?.type !== 'paragraph') return undefined
  const head = first.children[0]
  if (head?.type !== 'text') return undefined
  const match = MARKER.exec(head.value)
  if (!match) return undefined
  const [whole, marker = '', fold] = match
  const remainder = head.value.slice(whole.length)
  const children: PhrasingContent[] = remainder ? [{ ...head, value: remainder }] : []
  children.push(...first.children.slice(1))
  const { title, rest } = splitFirstLine(children)
  return { marker, fold: fold === '-' ? 'closed' : fold === '+' ? 'open' : undefined, title, rest }
}

/** Split phrasing content at its first line ending (soft break or hard break). */
function splitFirstLine(children: PhrasingContent[]): {
  title: PhrasingContent[]
  rest: PhrasingContent[]
} {
  const title: PhrasingContent[] = []
  for (const [index, child] of children.entries()) {
    if (child.type === 'break') return { title, rest: children.slice(index + 1) }
    if (child.type === 'text') {
      const newline = child.value.indexOf('\n')
      if (newline !== -1) {
        const before = child.value.slice(0, newline).trimEnd()
        const after = child.value.slice(newline + 1)
        if (before) title.push({ type: 'text', value: before })
        const rest = children.slice(index + 1)
        if (after) rest.unshift({ type: 'text', value: after })
        return { title, rest }
      }
    }
    title.push(child)
  }
  return { title: trimEnd(title), rest: [] }
}

function trimEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes.at(-1)
  if (last?.type !== 'text') return nodes
  const value = last.value.trimEnd()
  return value ? [...nodes.slice(0, -1), { ...last, value }] : nodes.slice(0, -1)
}

/** The paragraph left after removing the marker line, or nothing when it is empty. */
export function restParagraph(first: Paragraph, rest: PhrasingContent[]): Paragraph | undefined {
  if (rest.length === 0) return undefined
  return { ...first, children: rest }
}
