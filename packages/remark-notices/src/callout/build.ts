import type { BlockContent, Blockquote, DefinitionContent, Paragraph, PhrasingContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { iconNode } from '../icons'
import type { NoticeData } from '../mdast-data'
import { dataNoticeOf } from '../notice-types'
import type { Settings } from '../options'
import { defuse, plainText } from '../safe-markdown'

/** What to make of a blockquote or container directive. */
export interface CalloutSpec {
  /** Resolved type name (aliases resolved). */
  type: string
  /** The marker as the author wrote it, written back by `remark-stringify`. */
  marker: string
  fold?: 'open' | 'closed' | undefined
  /** The author's title; empty for the type's default title. */
  title: PhrasingContent[]
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
export function applyCallout(
  node: Blockquote | ContainerDirective,
  spec: CalloutSpec,
  settings: Settings,
): void {
  const typeSpec = settings.types.get(spec.type)
  const explicitTitle = spec.title.length > 0
  const title: PhrasingContent[] = explicitTitle
    ? spec.title
    : [{ type: 'text', value: typeSpec?.title ?? spec.type }]
  const wrapper: Paragraph = { type: 'paragraph', children: title }
  defuse(wrapper)

  const foldable = spec.fold !== undefined
  const titleParagraph: Paragraph = {
    type: 'paragraph',
    children: settings.icons
      ? [iconNode(typeSpec?.icon ?? 'note'), ...wrapper.children]
      : wrapper.children,
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
