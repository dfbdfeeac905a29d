import { footnoteOptions, getGuidance, toMarkdown } from '@healthmark/cramp-guidance'
import remarkNotices from '@healthmark/remark-notices'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { healthmarkOptions } from './healthmark.mjs'

/**
 * The full guide page of one locale as HTML: the dataset through `toMarkdown`,
 * then the same Healthmark plugin the articles use. It runs its own unified
 * pipeline rather than Astro's Markdown config because the plugin's built-in
 * titles and disclaimer follow its `locale` option, and this page is German
 * for `de`.
 *
 * @param {'en' | 'de'} locale
 */
export async function renderGuide(locale) {
  const set = getGuidance(locale)
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkNotices, healthmarkOptions(locale))
    .use(remarkRehype, footnoteOptions(locale))
    .use(rehypeStringify)
    .process({ path: `guide-${locale}.md`, value: toMarkdown(set) })
  for (const message of file.messages) console.warn(String(message))
  return { set, html: String(file) }
}
