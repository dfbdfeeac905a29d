import type { Blockquote, Paragraph, Parents, PhrasingContent } from 'mdast'
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
  handlers: { blockquote: noticeBlockquote },
}

function noticeBlockquote(
  node: Blockquote,
  parent: Parents | undefined,
  state: State,
  info: Info,
): string {
  const notice = node.data?.notice
  if (node.data?.healthTip !== undefined) {
    return `::health-tip{id=${JSON.stringify(node.data.healthTip)}}`
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
  // whatever block comes first.
  const content = state.containerFlow({ type: 'blockquote', children: body }, tracker.current())
  const value = state.indentLines(content ? `${head}\n\n${content}` : head, quote)
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
