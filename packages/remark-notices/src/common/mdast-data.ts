import type { ElementContent, Properties } from 'hast'

/**
 * What the plugin remembers on a callout node, so `remark-stringify` can
 * write the callout back in the syntax the author used.
 */
export interface NoticeData {
  /** Resolved type, such as `warning` (aliases already resolved). */
  type: string
  /** The marker as written (`WARNING`, `danger`), written back unchanged. */
  marker: string
  /** `closed` for `[!type]-`, `open` for `[!type]+`, undefined when not foldable. */
  fold?: 'open' | 'closed' | undefined
  /** Whether the title was written by the author (else it is the built-in one). */
  explicitTitle: boolean
}

// The fields `mdast-util-to-hast` (remark-rehype) reads, declared exactly as it
// declares them so both augmentations merge.
declare module 'mdast' {
  interface Data {
    hChildren?: Array<ElementContent> | undefined
    hName?: string | undefined
    hProperties?: Properties | undefined
  }
  interface BlockquoteData {
    /** Set on a blockquote that is a callout. */
    notice?: NoticeData | undefined
    /** Set on a callout rendered from `::health-tip{id}`: the tip's id. */
    healthTip?: string | undefined
    /** Set when that directive had a label, which is the callout's title. */
    healthTipLabel?: boolean | undefined
  }
  interface TextData {
    /** Set on the text that stands for a directive no plugin handled: written back raw. */
    restoredDirective?: boolean | undefined
  }
  interface ParagraphData {
    /** Set on the title paragraph the plugin adds to a callout. */
    noticeTitle?: boolean | undefined
  }
}

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** Set on a container directive that is a callout. */
    notice?: NoticeData | undefined
  }
}
