import type { BlockContent, Blockquote, DefinitionContent, Paragraph, PhrasingContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { iconNode } from './icons'
import type { NoticeData } from './mdast-data'
import { dataNoticeOf, type NoticeType } from './notice-types'
import { plainText, unlinkTitle } from './safe-markdown'

/** What to make of a blockquote or container directive. */
export interface CalloutSpec {
  /** Resolved type name (aliases resolved). */
  type: string
  /** The marker as the author wrote it, written back by `remark-stringify`. */
  marker: string
  fold?: 'open' | 'closed' | undefined
  /** The author's title; empty for `defaultTitle`. */
  title: PhrasingContent[]
  /** The type's title in the processor's locale. */
  defaultTitle: string
  /** The icon to draw; `undefined` when icons are off. */
  icon: NoticeType | undefined
  /** The blocks of the callout, without the marker line. */
  body: Array<BlockContent | DefinitionContent>
  /** Extra classes and attributes (a health tip adds its own). */
  extraClasses?: string[]
  extraProperties?: Record<string, string>
}

/**
 * Turn `node` into a callout in place: mdast-util-to-hast reads `hName` and
 * `hProperties`, so the result renders as `<aside>` or `<details>` without a
 * single raw HTML node, and works through MDX and rehype-sanitize.
 */
export function applyCallout(node: Blockquote | ContainerDirective, spec: CalloutSpec): void {
  const explicitTitle = spec.title.length > 0
  const title: PhrasingContent[] = explicitTitle
    ? spec.title
    : [{ type: 'text', value: spec.defaultTitle }]
  const wrapper: Paragraph = { type: 'paragraph', children: title }
  unlinkTitle(wrapper)

  const foldable = spec.fold !== undefined
  const titleParagraph: Paragraph = {
    type: 'paragraph',
    children: spec.icon ? [iconNode(spec.icon), ...wrapper.children] : wrapper.children,
    data: {
      noticeTitle: true,
      hName: foldable ? 'summary' : 'p',
      hProperties: { className: ['notice-title'] },
      // A directive writes this paragraph back as its `[label]`.
      ...(node.type === 'containerDirective' && { directiveLabel: true }),
    },
  }
  const notice: NoticeData = {
    type: spec.type,
    marker: spec.marker,
    fold: spec.fold,
    explicitTitle,
  }
  node.children = [titleParagraph, ...spec.body] as typeof node.children
  node.data = {
    ...node.data,
    notice,
    hName: foldable ? 'details' : 'aside',
    hProperties: {
      className: ['notice', `notice-${spec.type}`, ...(spec.extraClasses ?? [])],
      dataNotice: dataNoticeOf(spec.type),
      ...(!foldable && { role: 'note' }),
      ariaLabel: plainText(wrapper.children),
      ...(spec.fold === 'open' && { open: true }),
      ...spec.extraProperties,
    },
  }
}
