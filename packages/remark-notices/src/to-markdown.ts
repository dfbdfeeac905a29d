import type { Blockquote, Paragraph, Parents, PhrasingContent, Text } from 'mdast'
import { type ContainerDirective, directiveToMarkdown } from 'mdast-util-directive'
import {
  defaultHandlers,
  type Info,
  type State,
  type Options as ToMarkdownOptions,
} from 'mdast-util-to-markdown'

/**
 * `remark-stringify` support: a callout blockquote is written back as the
 * alert the author wrote (`> [!WARNING]- Title`) and a health tip as its
 * `::health-tip{id="…"}` directive, so running the plugin on its own output
 * finds the same callouts again. Container directives need nothing: their
 * title paragraph is marked as the directive label.
 */
export const noticeToMarkdown: ToMarkdownOptions = {
  handlers: {
    blockquote: noticeBlockquote,
    containerDirective: noticeDirective,
    text: restoredText,
  },
}

const directiveHandlers = directiveToMarkdown().handlers ?? {}

/** A restored directive is the author's own text: written raw, so it parses back to the directive. */
function restoredText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  if (node.data?.restoredDirective) return node.value
  return defaultHandlers.text(node, parent, state, info)
}

/**
 * A directive callout without an author's title is written without the
 * built-in title as its label (`:::danger`, not `:::danger[Caution]`).
 */
function noticeDirective(
  node: ContainerDirective,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const write = directiveHandlers.containerDirective
  if (!write) return ''
  const notice = node.data?.notice
  if (!notice) return write(node, parent, state, info)
  const [first, ...others] = node.children
  const hasTitle = first?.type === 'paragraph' && first.data?.noticeTitle === true
  const children: ContainerDirective['children'] =
    hasTitle && notice.explicitTitle
      ? [{ ...first, children: titleContent(first) }, ...others]
      : hasTitle
        ? others
        : node.children
  return write({ ...node, children }, parent, state, info)
}

function noticeBlockquote(
  node: Blockquote,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const notice = node.data?.notice
  if (node.data?.healthTip !== undefined) {
    const title = node.children[0]
    const label =
      title?.type === 'paragraph' && node.data.healthTipLabel
        ? `[${state.containerPhrasing({ type: 'paragraph', children: titleContent(title) }, { ...info, before: '[', after: ']' })}]`
        : ''
    return `::health-tip${label}{id=${JSON.stringify(node.data.healthTip)}}`
  }
  if (!notice) return defaultHandlers.blockquote(node, parent, state, info)

  const exit = state.enter('blockquote')
  const tracker = state.createTracker(info)
  tracker.move('> ')
  tracker.shift(2)
  const [first, ...others] = node.children
  const hasTitle = first?.type === 'paragraph' && first.data?.noticeTitle === true
  const body = hasTitle ? others : node.children
  const fold = notice.fold === 'closed' ? '-' : notice.fold === 'open' ? '+' : ''
  let head = `[!${notice.marker}]${fold}`
  if (hasTitle && notice.explicitTitle) {
    const title: Paragraph = { type: 'paragraph', children: titleContent(first) }
    head += ` ${state.containerPhrasing(title, { ...tracker.current(), before: ' ', after: '\n' })}`
  }
  // A blank line after the marker keeps the body out of the title line
  // whatever block comes first, unless the author wrote the body on the very
  // next line, in the marker's paragraph (then the blank line would be one
  // the author never wrote).
  const content = state.containerFlow({ type: 'blockquote', children: body }, tracker.current())
  const markerLine = node.position?.start.line
  const bodyLine = body[0]?.position?.start.line
  const joined =
    body[0]?.type === 'paragraph' && markerLine !== undefined && bodyLine === markerLine
  const value = state.indentLines(
    content ? `${head}\n${joined ? '' : '\n'}${content}` : head,
    quote,
  )
  exit()
  return value
}

/** The title's inline content without the icon. */
function titleContent(paragraph: Paragraph): PhrasingContent[] {
  return paragraph.children.filter((child) => child.data?.hName !== 'svg')
}

function quote(line: string, _: number, blank: boolean): string {
  return `>${blank ? '' : ' '}${line}`
}
