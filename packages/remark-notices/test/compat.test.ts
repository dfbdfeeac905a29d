import { fromHtml } from 'hast-util-from-html'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import remarkNotices, { type Options, sanitizeSchema } from '../src/index'
import { renderMdx } from './helpers/mdx'
import { markdownProcessor, renderHtml } from './helpers/pipeline'

const hostile = [
  '# Title',
  '',
  '> [!WARNING] <script>alert(1)</script> "><img src=x onerror=alert(2)>',
  '> Body',
  '',
  '> [!WARNING]',
  '> Default (custom) title.',
  '',
  ':::note[<iframe src="javascript:alert(3)"></iframe>]',
  'Text',
  ':::',
  '',
  '::health-tip{id="x\\" onerror=\\"alert(4)"}',
  '',
].join('\n')

const hostileOptions: Options = {
  disclaimer: {
    position: 'bottom',
    text: '<script>alert(5)</script> [link](javascript:alert(6)) ![img](javascript:alert(7)) [ok](https://example.org/)',
  },
  types: { warning: { title: '"><svg onload=alert(8)>' } },
}

async function renderDangerous(markdown: string, options?: Options): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkNotices, options)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(markdown)
  return String(file)
}

describe('safety', () => {
  for (const [name, render] of [
    ['escaped HTML', async (md: string, options?: Options) => (await renderHtml(md, options)).html],
    ['with allowDangerousHtml + rehype-raw', renderDangerous],
  ] as const) {
    it(`options, titles and attributes cannot inject markup (${name})`, async () => {
      const html = await render(hostile, hostileOptions)
      // Parse what a browser would parse: no element or attribute may come
      // from the hostile titles, attributes or option texts.
      const tree = fromHtml(html, { fragment: true })
      const found: string[] = []
      visit(tree, 'element', (element) => {
        if (['script', 'img', 'iframe'].includes(element.tagName)) found.push(element.tagName)
        for (const [key, value] of Object.entries(element.properties)) {
          if (/^on/i.test(key)) found.push(key)
          if (/^javascript:/i.test(String(value))) found.push(`${key}=${String(value)}`)
        }
      })
      expect(found).toEqual([])
      expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
      expect(html).toContain('<p>&#x3C;script>alert(5)&#x3C;/script> [link](javascript:alert(6))')
      expect(html).toContain('[ok](https://example.org/)')
      expect(html).toContain('aria-label="&#x22;><svg onload=alert(8)>"')
    })
  }

  it('never touches code blocks or inline code', async () => {
    const markdown =
      '`> [!NOTE]` and `[buy](https://amzn.to/x)`\n\n```\n> [!WARNING]\n:::note\n```\n'
    const { html } = await renderHtml(markdown, { disclaimer: 'top' })
    expect(html).toContain('<code>> [!NOTE]</code>')
    expect(html).toContain('<pre><code>> [!WARNING]\n:::note\n</code></pre>')
    expect(html).not.toContain('data-notice="warning"')
  })
})

describe('rehype-sanitize with sanitizeSchema', () => {
  it('keeps exactly the callout markup', async () => {
    const markdown =
      '# T\n\n> [!WARNING] Title\n> Body\n\n> [!tip]+ Open\n> Body\n\n[buy](https://www.amazon.com/dp/B0?tag=x-20)\n'
    const plain = (await renderHtml(markdown)).html
    const file = await markdownProcessor()
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .process(markdown)
    expect(String(file)).toBe(plain)
  })

  it('still strips what the default schema strips', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNotices)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .process(
        '<aside class="evil" onclick="x()" data-notice="note">a</aside>\n\n<p class="other">b</p>\n\n<script>alert(1)</script>\n',
      )
    // hast-util-sanitize leaves an empty class list where it removed a value.
    expect(String(file)).toBe('<aside class="" data-notice="note">a</aside>\n<p class="">b</p>\n')
  })

  it('drops the SVG icon without the schema, as the default schema does', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkNotices)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeStringify)
      .process('> [!NOTE]\n> x\n')
    expect(String(file)).not.toContain('<svg')
    expect(String(file)).not.toContain('<aside')
  })
})

describe('MDX 3', () => {
  it('renders callouts, folds and the disclaimer without raw HTML nodes', async () => {
    const html = await renderMdx(
      '# Title\n\n> [!WARNING]\n> Careful.\n\n> [!note]- More\n> Hidden.\n\n:::see-doctor[When]\nGo.\n:::\n',
      { disclaimer: 'bottom' },
    )
    expect(html).toMatch(
      /<aside class="notice notice-warning" data-notice="warning" role="note" aria-label="Warning">/,
    )
    expect(html).toContain(
      '<details class="notice notice-note" data-notice="note" aria-label="More">',
    )
    expect(html).toContain('<summary class="notice-title">')
    expect(html).toContain('data-notice="see-doctor"')
    expect(html).toMatch(/data-notice="medical-disclaimer"[\s\S]*<\/aside>$/)
    expect(html).toContain('aria-hidden="true"')
  })
})

describe('processors', () => {
  it('keep their own options and state', async () => {
    const english = markdownProcessor({ locale: 'en', disclaimer: 'top' })
      .use(remarkRehype)
      .use(rehypeStringify)
    const german = markdownProcessor({ locale: 'de' }).use(remarkRehype).use(rehypeStringify)
    const markdown = '# T\n\n> [!WARNING]\n> x\n'
    const [a, b, c] = await Promise.all([
      english.process(markdown),
      german.process(markdown),
      english.process(markdown),
    ])
    expect(String(a)).toContain('aria-label="Warning"')
    expect(String(a)).toContain('data-notice="medical-disclaimer"')
    expect(String(b)).toContain('aria-label="Warnung"')
    expect(String(b)).not.toContain('medical-disclaimer')
    expect(String(c)).toBe(String(a))
  })

  it('do not leak per-document state into the next document', async () => {
    const processor = markdownProcessor({ disclaimer: 'top' })
      .use(remarkRehype)
      .use(rehypeStringify)
    await processor.process('> [!MEDICAL]\n> Own disclaimer.\n')
    const second = String(await processor.process('# Next\n\ntext\n'))
    expect(second.match(/medical-disclaimer/g)).toHaveLength(1)
  })
})

describe('front matter from other tools', () => {
  /** Render `# T` with front matter placed on `file.data` the way a tool does. */
  async function renderWith(data: Record<string, unknown>, options?: Options): Promise<string> {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNotices, options)
      .use(remarkRehype)
      .use(rehypeStringify)
    return String(await processor.process(new VFile({ value: '# T\n\nx\n', data })))
  }
  const optOut = { healthmark: { disclaimer: false } }

  it("reads Astro's file.data.astro.frontmatter", async () => {
    const html = await renderWith({ astro: { frontmatter: optOut } }, { disclaimer: 'top' })
    expect(html).not.toContain('medical-disclaimer')
  })

  it("reads Docusaurus's file.data.frontMatter", async () => {
    const html = await renderWith({ frontMatter: optOut }, { disclaimer: 'top' })
    expect(html).not.toContain('medical-disclaimer')
  })

  it('reads file.data.frontmatter and ignores inherited keys', async () => {
    const optIn = { healthmark: { disclaimer: true } }
    expect(await renderWith({ frontmatter: optIn })).toContain('medical-disclaimer')
    const polluted = JSON.parse('{"__proto__": {"healthmark": {"disclaimer": true}}}')
    expect(await renderWith({ frontmatter: polluted })).not.toContain('medical-disclaimer')
  })
})
