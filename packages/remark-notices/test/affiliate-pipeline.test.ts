/**
 * The affiliate part through real pipelines: remark → rehype → HTML, remark →
 * remark-stringify (idempotence), and MDX 3 with JSX `<a>` links.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from '@mdx-js/mdx'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import remarkNotices, { NoticeOptionsError, type Options } from '../src/index'
import { elements, runtime } from './helpers/jsx'
import { renderHtml, renderMarkdown, ruleIds } from './helpers/pipeline'

const fixtures = new URL('./fixtures/', import.meta.url).pathname

/** Inputs of the affiliate fixtures, with their options. */
const cases = readdirSync(fixtures)
  .filter((name) => name.startsWith('affiliate-'))
  .sort()
  .map((name) => {
    const dir = join(fixtures, name)
    const files = readdirSync(dir)
    const options = files.includes('options.json')
      ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as Options)
      : undefined
    return { name, input: readFileSync(join(dir, 'input.md'), 'utf8'), options }
  })

const count = (html: string, needle: string) => html.split(needle).length - 1

describe('affiliate links through remark-rehype', () => {
  it('has the affiliate fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it('puts exactly one disclosure above the first affiliate link', async () => {
    const { html, file } = await renderHtml(
      '# Cramps\n\nStretch first.\n\n## Gear\n\nA [roller](https://amzn.to/x), a [ball](https://amzn.to/y).\n',
    )
    expect(count(html, 'data-notice="affiliate-disclosure"')).toBe(1)
    expect(html.indexOf('data-notice="affiliate-disclosure"')).toBeLessThan(html.indexOf('amzn.to'))
    expect(count(html, 'rel="sponsored nofollow noopener" data-affiliate="amazon"')).toBe(2)
    expect(file.data.affiliate).toEqual({
      links: 2,
      networks: { amazon: 2 },
      disclosure: 'inserted',
    })
  })

  it('does nothing with affiliate: false', async () => {
    const input = '# Gear\n\nA [roller](https://amzn.to/x).\n'
    const { html, file } = await renderHtml(input, { affiliate: false })
    expect(html).toBe('<h1>Gear</h1>\n<p>A <a href="https://amzn.to/x">roller</a>.</p>')
    expect(file.data.affiliate).toBeUndefined()
  })

  it('honours an Astro-style front matter opt-out (file.data.astro.frontmatter)', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNotices)
      .use(remarkRehype)
      .use(rehypeStringify)
    const file = new VFile('# Partners\n\nWe link to [Amazon](https://amzn.to/x).\n')
    file.data.astro = { frontmatter: { healthmark: { affiliate: false } } }
    const html = String(await processor.process(file))
    expect(html).not.toContain('affiliate')
    expect(file.data.affiliate).toBeUndefined()
    const other = await processor.process('# Partners\n\nWe link to [Amazon](https://amzn.to/x).\n')
    expect(String(other)).toContain('data-affiliate="amazon"')
  })

  it('sees links inside callouts the core converted, and keeps the disclosure before them', async () => {
    const { html, file } = await renderHtml(
      '# Gear\n\n> [!TIP] A good roller\n> Try [this one](https://www.amazon.com/dp/B0?tag=x-20).\n',
      { affiliate: { position: 'before-first-link' } },
    )
    expect(file.data.affiliate?.links).toBe(1)
    expect(html.indexOf('notice-affiliate-disclosure')).toBeLessThan(html.indexOf('notice-tip'))
    expect(file.messages).toEqual([])
  })

  it('names the option when affiliate options are wrong', () => {
    const attach = (options: unknown) => () =>
      unified()
        .use(remarkNotices, options as Options)
        .freeze()
    expect(attach({ affiliate: { position: 'middle' } })).toThrow(NoticeOptionsError)
    expect(attach({ affiliate: { position: 'middle' } })).toThrow(/position/)
    expect(attach({ affiliate: { networks: ['amazone'] } })).toThrow(/amazone/)
    expect(attach({ affiliate: { matchers: ['https://x.example/'] } })).toThrow(/matchers/)
    expect(attach({ affiliate: { rel: ['spon sored'] } })).toThrow(/rel/)
    expect(attach({ affiliate: true })).toThrow(/affiliate/)
    expect(attach({ affiliate: { insert: 'no' } })).toThrow(/insert/)
  })
})

describe('idempotence through remark-stringify', () => {
  it.each(cases)('$name: a second run changes nothing and adds no disclosure', async (fixture) => {
    const first = await renderMarkdown(fixture.input, fixture.options)
    const second = await renderMarkdown(first.markdown, fixture.options)
    expect(second.markdown).toBe(first.markdown)
    const once = await renderHtml(fixture.input, fixture.options)
    const twice = await renderHtml(first.markdown, fixture.options)
    expect(count(twice.html, 'data-notice="affiliate-disclosure"')).toBe(
      count(once.html, 'data-notice="affiliate-disclosure"'),
    )
    expect(twice.file.data.affiliate?.links).toBe(once.file.data.affiliate?.links)
    if (once.file.data.affiliate?.disclosure === 'inserted') {
      expect(twice.file.data.affiliate?.disclosure).toBe('existing')
    }
  })

  it('keeps the position-specific warning stable on a second run', async () => {
    const options: Options = { affiliate: { position: 'bottom' } }
    const first = await renderMarkdown('# Gear\n\nA [roller](https://amzn.to/x).\n', options)
    expect(ruleIds(first.file)).toEqual(['disclosure-after-links'])
    const second = await renderMarkdown(first.markdown, options)
    expect(ruleIds(second.file)).toEqual(['disclosure-after-links'])
  })
})

describe('MDX 3 JSX links', () => {
  const mdx = [
    '# Gear',
    '',
    'A <a href="https://www.amazon.com/dp/B0?tag=x-20" rel="noopener external">roller</a> and a [ball](https://amzn.to/y).',
    '',
    '<a href="https://www.nhs.uk/">NHS</a>',
    '',
    '<a href={"https://amzn.to/expr"}>expression</a>',
    '',
    '<a href="https://bit.ly/x">short</a>',
  ].join('\n')

  it('marks JSX <a> with merged rel and data-affiliate, and inserts one disclosure', async () => {
    const file = new VFile(mdx)
    const module = await evaluate(file, {
      ...runtime,
      remarkPlugins: [remarkGfm, remarkDirective, remarkNotices],
    })
    const Content = module.default as (props: Record<string, unknown>) => unknown
    const tree = Content({})
    const links = elements(tree, 'a').map((element) => ({
      href: element.props.href,
      rel: element.props.rel,
      network: element.props['data-affiliate'],
    }))
    expect(links).toEqual([
      {
        href: 'https://www.amazon.com/dp/B0?tag=x-20',
        rel: 'noopener external sponsored nofollow',
        network: 'amazon',
      },
      { href: 'https://amzn.to/y', rel: 'sponsored nofollow noopener', network: 'amazon' },
      { href: 'https://www.nhs.uk/', rel: undefined, network: undefined },
      { href: 'https://amzn.to/expr', rel: undefined, network: undefined },
      { href: 'https://bit.ly/x', rel: undefined, network: undefined },
    ])
    const asides = elements(tree, 'aside').filter(
      (element) => element.props['data-notice'] === 'affiliate-disclosure',
    )
    expect(asides).toHaveLength(1)
    expect(file.data.affiliate).toEqual({
      links: 2,
      networks: { amazon: 2 },
      disclosure: 'inserted',
    })
    expect(ruleIds(file)).toEqual(['shortened-affiliate-link'])
  })

  it('leaves a rel expression alone and replaces a stale data-affiliate', async () => {
    const file = new VFile(
      'export const r = "external"\n\n<a href="https://amzn.to/x" rel={r} data-affiliate="old">x</a>\n',
    )
    const module = await evaluate(file, { ...runtime, remarkPlugins: [remarkNotices] })
    const Content = module.default as (props: Record<string, unknown>) => unknown
    const [link] = elements(Content({}), 'a')
    expect(link?.props.rel).toBe('external')
    expect(link?.props['data-affiliate']).toBe('amazon')
  })
})
