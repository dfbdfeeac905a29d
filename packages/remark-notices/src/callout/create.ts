import type { Blockquote } from 'mdast'
import type { Settings } from '../options'
import { parseOptionMarkdown } from '../safe-markdown'
import { applyCallout } from './build'

/**
 * A callout the plugin inserts (the medical disclaimer, the affiliate
 * disclosure), with Markdown from options as its body. It is built like an
 * authored alert so `remark-stringify` writes it as `> [!type]` and a second
 * run recognises it instead of adding another.
 */
export function createNotice(type: string, markdown: string, settings: Settings): Blockquote {
  const node: Blockquote = { type: 'blockquote', children: [] }
  applyCallout(
    node,
    { type, marker: type, title: [], body: parseOptionMarkdown(markdown) },
    settings,
  )
  return node
}
