import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast'
import type { Point, Position } from 'unist'

/** One sentence of the article's prose and where it is in the source. */
export interface Sentence {
  text: string
  place: Position | undefined
}

/** A stretch of the paragraph's text and the node it came from. */
interface Piece {
  start: number
  value: string
  position: Position | undefined
}

/**
 * The sentences the author wrote in prose: the text of every paragraph,
 * in lists and plain blockquotes too, split with `Intl.Segmenter`. Code,
 * HTML, headings, tables and our own callouts, tips and generated blocks
 * are not prose and are skipped, as is inline code.
 */
export function proseSentences(tree: Root, locale: string): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  const sentences: Sentence[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      if (!node.data?.hName) sentences.push(...paragraphSentences(node, segmenter))
      return
    }
    if (!('children' in node) || isSkipped(node)) return
    for (const child of node.children) visit(child)
  }
  visit(tree)
  return sentences
}

function isSkipped(node: Nodes): boolean {
  if (node.type === 'blockquote') return Boolean(node.data?.notice || node.data?.healthTip)
  return node.type !== 'root' && node.type !== 'list' && node.type !== 'listItem'
}

function paragraphSentences(node: Paragraph, segmenter: Intl.Segmenter): Sentence[] {
  const pieces: Piece[] = []
  let text = ''
  const add = (children: PhrasingContent[]): void => {
    for (const child of children) {
      if (child.type === 'text') {
        pieces.push({ start: text.length, value: child.value, position: child.position })
        // Same length, so offsets into `text` stay offsets into the value.
        text += child.value.replaceAll('\n', ' ')
      } else if (child.type === 'break') {
        text += ' '
      } else if ('children' in child) {
        add(child.children)
      }
    }
  }
  add(node.children)

  const sentences: Sentence[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim()
    if (trimmed === '') continue
    const start = index + segment.indexOf(trimmed)
    const end = start + trimmed.length
    const from = pointAt(pieces, start, false)
    const to = pointAt(pieces, end, true)
    sentences.push({ text: trimmed, place: from && to ? { start: from, end: to } : node.position })
  }
  return sentences
}

/**
 * The source point of an offset into the paragraph's text. Exact when the
 * text node's value is as long as its source (no escapes or entities);
 * otherwise the node's own start or end, which is still on the right line.
 */
function pointAt(pieces: readonly Piece[], offset: number, isEnd: boolean): Point | undefined {
  const piece = pieces.findLast((candidate) =>
    isEnd ? candidate.start < offset : candidate.start <= offset,
  )
  const position = piece?.position
  if (!piece || !position) return undefined
  const sourceLength = (position.end.offset ?? -1) - (position.start.offset ?? 0)
  if (sourceLength !== piece.value.length) return isEnd ? position.end : position.start
  const before = piece.value.slice(0, Math.min(offset - piece.start, piece.value.length))
  const lines = before.split('\n')
  const last = lines.at(-1) ?? ''
  return {
    line: position.start.line + lines.length - 1,
    column: lines.length === 1 ? position.start.column + last.length : last.length + 1,
    offset: (position.start.offset ?? 0) + before.length,
  }
}
