import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import remarkNotices, { type Options } from '../../src/index'

/** Parse YAML front matter into `file.data.matter`, as sites do with vfile-matter. */
function remarkMatter() {
  return (_: unknown, file: VFile) => {
    matter(file)
  }
}

/** The Markdown half of a site's pipeline, with the plugin. */
export function markdownProcessor(options?: Options) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkMatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkNotices, options)
}

/** Markdown → HTML through remark-rehype, as most sites render. */
export async function renderHtml(markdown: string, options?: Options, path?: string) {
  const file = await markdownProcessor(options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, ...(path && { path }) }))
  return { html: String(file), file }
}

/** Markdown → Markdown through remark-stringify. */
export async function renderMarkdown(markdown: string, options?: Options) {
  const file = await markdownProcessor(options).use(remarkStringify).process(markdown)
  return { markdown: String(file), file }
}

/** The rule ids of a file's messages, in order. */
export function ruleIds(file: VFile): Array<string | undefined> {
  return file.messages.map((message) => message.ruleId)
}
