import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownProcessor, renderHtml, renderMarkdown } from './helpers/pipeline'

/** Markdown after one and after two runs of the plugin through remark-stringify. */
async function twice(markdown: string) {
  const once = await renderMarkdown(markdown)
  const again = await renderMarkdown(once.markdown)
  return { once: once.markdown, again: again.markdown, first: once.file, second: again.file }
}

describe('restored directives round trip as written', () => {
  it.each([
    ['a text directive with a domain in its label', 'a:b[www.amazon.com/dp/X?tag=t-20]\n'],
    [
      'an unknown tip id with a link in its label',
      '::health-tip[see https://amzn.to/x]{id="nope"}\n',
    ],
    ['an unknown tip id', '::health-tip{id="strech-before-bed"}\n'],
    ['a time and a ratio', 'Meet at 10:30, see note:important and the ratio 3:1.\n'],
  ])('%s', async (_, markdown) => {
    const { once, again, first, second } = await twice(markdown)
    expect(once).toBe(markdown)
    expect(again).toBe(markdown)
    // No disclosure appears on the second run, and the same findings are made.
    expect(again).not.toContain('affiliate-disclosure')
    expect(second.messages.map((m) => m.ruleId)).toEqual(first.messages.map((m) => m.ruleId))
  })

  it('reports an unknown tip id again on the next run', async () => {
    const { second } = await twice('::health-tip{id="strech-before-bed"}\n')
    expect(second.messages.map((m) => m.ruleId)).toContain('unknown-tip-id')
  })

  it('does not slice a restored directive across blockquote prefixes', async () => {
    const { html } = await renderHtml('> a :x[foo\n> bar] z\n')
    expect(html).toContain('a :x[foo\nbar] z')
    expect(html).not.toContain('&#x3E; bar')
    const { markdown } = await renderMarkdown('> a :x[foo\n> bar] z\n')
    expect(markdown).toBe('> a :x[foo\n> bar] z\n')
  })

  it('decodes a Buffer file once, not per directive', async () => {
    /** How often the pipeline turns the file into a string. */
    async function decodes(markdown: string): Promise<number> {
      const file = new VFile({ value: Buffer.from(markdown) })
      let count = 0
      const decode = file.toString.bind(file)
      file.toString = (encoding) => {
        count++
        return decode(encoding)
      }
      const processor = markdownProcessor()
      await processor.run(processor.parse(file), file)
      return count
    }
    const without = await decodes('w :d[x] w')
    const many = await decodes(Array.from({ length: 50 }, (_, i) => `w :d${i}[x] w`).join('\n\n'))
    expect(many).toBe(without)
  })
})

describe('callouts are written back as the author wrote them', () => {
  it.each([
    ['an untitled directive gets no title', ':::danger\nBe careful.\n:::\n'],
    ['a titled directive keeps its title', ':::danger[Hot *surface*]\nBe careful.\n:::\n'],
    ['an alert with its body on the next line', '> [!NOTE]\n> Body\n'],
    ['an alert with a blank line', '> [!NOTE]\n>\n> Body\n'],
    ['a titled foldable alert', '> [!warning]- Closed *title*\n> Body\n'],
  ])('%s', async (_, markdown) => {
    const { once, again } = await twice(markdown)
    expect(once).toBe(markdown)
    expect(again).toBe(markdown)
  })
})

describe('health tip labels', () => {
  it('renders the label as the title and writes it back', async () => {
    const tips = JSON.parse(
      readFileSync(new URL('./fixtures/health-tip/options.json', import.meta.url), 'utf8'),
    )
    const id = tips.tips.tips[0].id as string
    const markdown = `::health-tip[my label words]{id="${id}"}\n`
    const { html } = await renderHtml(markdown, tips)
    expect(html).toContain('my label words')
    const once = (await renderMarkdown(markdown, tips)).markdown
    expect(once).toBe(markdown)
  })
})
