import type { Root, RootContent } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkNotices, { type Options } from '../src/index'
import { docusaurusContentTitle } from './helpers/docusaurus'
import { renderMdx } from './helpers/mdx'

// "After the first heading" means after the page title, however the
// framework wrapped it, and at the top when the title is not in the body.

const AMAZON = 'https://www.amazon.com/dp/B0EXAMPLE?tag=site-20'
const options: Options = { disclaimer: 'top', affiliate: { siteName: 'Site' } }

/** The top-level nodes in order: inserted notices by type, JSX by name, the rest by node type. */
function outline(tree: Root): string[] {
  return tree.children.map((node: RootContent) => {
    if (node.type === 'blockquote' && node.data?.notice) return `notice:${node.data.notice.type}`
    if (node.type === 'mdxJsxFlowElement') return `<${node.name}>`
    if (node.type === 'heading') return `h${node.depth}`
    return node.type
  })
}

async function transform(markdown: string, { mdx = false, docusaurus = false } = {}) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective)
  if (mdx) processor.use(remarkMdx)
  if (docusaurus) processor.use(docusaurusContentTitle)
  processor.use(remarkNotices, options)
  return outline((await processor.run(processor.parse(markdown))) as Root)
}

describe('placement at the top', () => {
  it('goes after a title Docusaurus wrapped in a JSX header', async () => {
    const markdown = `# Night cramps\n\nA [strap](${AMAZON}) helps.\n\n## More\n`
    expect(await transform(markdown, { mdx: true, docusaurus: true })).toEqual([
      '<header>',
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
      'h2',
    ])
  })

  it('goes after an h1 the author wrapped in MDX JSX', async () => {
    const markdown = `<div className="hero">\n\n# Night cramps\n\n</div>\n\nA [strap](${AMAZON}) helps.\n`
    expect(await transform(markdown, { mdx: true })).toEqual([
      '<div>',
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
    ])
  })

  it('looks past imports and JSX that holds no text to find the title', async () => {
    const markdown = `import JsonLd from './json-ld.js'\n\n<JsonLd />\n\n{/* a comment */}\n\n# Night cramps\n\nA [strap](${AMAZON}) helps.\n`
    expect(await transform(markdown, { mdx: true, docusaurus: true })).toEqual([
      'mdxjsEsm',
      '<JsonLd>',
      'mdxFlowExpression',
      '<header>',
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
    ])
  })

  it('goes first when the title is in the front matter and the body has no h1', async () => {
    const markdown = `---\ntitle: Night cramps\n---\n\nA [strap](${AMAZON}) helps.\n\n## Why\n`
    expect(await transform(markdown)).toEqual([
      'yaml',
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
      'h2',
    ])
  })

  it('goes before a section heading that opens the body', async () => {
    const markdown = `---\ntitle: Night cramps\n---\n\n## Why\n\nA [strap](${AMAZON}) helps.\n`
    expect(await transform(markdown)).toEqual([
      'yaml',
      'notice:affiliate-disclosure',
      'notice:medical',
      'h2',
      'paragraph',
    ])
  })

  it('does not take an h1 that comes after other content for the title', async () => {
    const markdown = `A [strap](${AMAZON}) helps.\n\n# Later\n`
    expect(await transform(markdown)).toEqual([
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
      'h1',
    ])
  })

  it('does not look for the title inside JSX that holds text', async () => {
    const markdown = `<Intro>\n\nA [strap](${AMAZON}) helps.\n\n# Inside\n\n</Intro>\n\n# Later\n`
    expect(await transform(markdown, { mdx: true })).toEqual([
      'notice:affiliate-disclosure',
      'notice:medical',
      '<Intro>',
      'h1',
    ])
  })

  it('still goes after a plain first heading', async () => {
    const markdown = `# Night cramps\n\nA [strap](${AMAZON}) helps.\n`
    expect(await transform(markdown)).toEqual([
      'h1',
      'notice:affiliate-disclosure',
      'notice:medical',
      'paragraph',
    ])
  })

  it('renders the notices after the closing tag of an MDX header', async () => {
    const html = await renderMdx(
      `<header>\n\n# Night cramps\n\n</header>\n\nA [strap](${AMAZON}) helps.\n`,
      options,
    )
    const header = html.indexOf('</header>')
    expect(header).toBeGreaterThan(0)
    expect(html.indexOf('data-notice="affiliate-disclosure"')).toBeGreaterThan(header)
    expect(html.indexOf('data-notice="medical-disclaimer"')).toBeGreaterThan(header)
  })
})
