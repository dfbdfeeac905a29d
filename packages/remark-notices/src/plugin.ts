import type { Root } from 'mdast'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { Processor, Transformer } from 'unified'
import { compileAffiliate } from './affiliate'
import { createMessageControl } from './message-control'
import { type Options, resolveOptions } from './options'
import { noticeToMarkdown } from './to-markdown'
import { createTransform } from './transform'

/**
 * Render medical-warning callouts, a medical disclaimer, health tips from
 * data and affiliate disclosures, and mark affiliate links
 * `rel="sponsored"`.
 *
 * Options are validated here, when the plugin is attached, so a typo fails
 * the build at once instead of being ignored.
 *
 * @throws {NoticeOptionsError} when an option is wrong; the message names it.
 */
export default function remarkNotices(
  this: Processor,
  options?: Options | null | undefined,
): Transformer<Root> {
  const settings = resolveOptions(options)
  const affiliate =
    settings.affiliate === false ? undefined : compileAffiliate(settings.affiliate ?? {})
  // `remark-stringify` reads extensions from the processor's data; a
  // processor without it (MDX, remark-rehype only) simply ignores this.
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownOptions[] }
  if (!data.toMarkdownExtensions) data.toMarkdownExtensions = []
  data.toMarkdownExtensions.push(noticeToMarkdown)
  return createTransform(settings, affiliate, createMessageControl())
}
