import { describe, expect, it } from 'vitest'
import { renderHtml, ruleIds } from './helpers/pipeline'

describe('callout titles lose every link form', () => {
  it.each([
    [
      'a reference link to javascript:',
      '> [!NOTE] [click][d]\n> body\n\n[d]: javascript:alert(1)\n',
    ],
    ['a safe reference link', '> [!NOTE] [click][d]\n> body\n\n[d]: https://example.com\n'],
    ['a collapsed reference', '> [!NOTE] [click][]\n> body\n\n[click]: https://example.com\n'],
    ['an inline link', '> [!NOTE] [click](https://example.com)\n> body\n'],
    ['an autolink', '> [!NOTE] <https://example.com/click>\n> body\n'],
    ['a GFM autolink literal', '> [!NOTE] www.example.com/click\n> body\n'],
    ['raw HTML', '> [!NOTE] <a href="javascript:alert(1)">click</a>\n> body\n'],
    ['a directive label', ':::note[[click][d]]\nbody\n:::\n\n[d]: javascript:alert(1)\n'],
  ])('%s', async (_, markdown) => {
    const { html } = await renderHtml(markdown, { affiliate: false })
    const title = /<p class="notice-title">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
    expect(title).toMatch(/click/)
    expect(title).not.toMatch(/<a\b|<img\b/)
    expect(html).not.toMatch(/<a [^>]*href="javascript:/)
  })

  it('keeps the alt text of images, inline and by reference', async () => {
    const { html } = await renderHtml(
      '> [!NOTE] ![calf](https://x.example/a.png) ![knee][k]\n> body\n\n[k]: https://x.example/k.png\n',
      { affiliate: false },
    )
    const title = /<p class="notice-title">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
    expect(title).toContain('calf knee')
    expect(title).not.toMatch(/<img\b/)
  })
})

describe('deep nesting', () => {
  it('leaves callouts nested past the limit alone and warns once', async () => {
    const depth = 150
    const markdown = `${'> '.repeat(depth)}[!NOTE]\n${'> '.repeat(depth)}[buy](https://www.amazon.com/dp/B0?tag=x-20)\n\n> [!WARNING]\n> shallow\n`
    const { html, file } = await renderHtml(markdown)
    expect(ruleIds(file).filter((id) => id === 'nesting-too-deep')).toHaveLength(1)
    const warning = file.messages.find((message) => message.ruleId === 'nesting-too-deep')
    expect(warning?.line).toBe(1)
    // The deep alert stays a blockquote; the shallow one is a callout.
    expect(html).toContain('[!NOTE]')
    expect(html).toContain('notice-warning')
    // Links inside are still marked and disclosed.
    expect(html).toContain('data-affiliate="amazon"')
    expect(html).toContain('notice-affiliate-disclosure')
  })

  it('converts callouts up to the limit', async () => {
    const depth = 99
    const { html, file } = await renderHtml(
      `${'> '.repeat(depth)}[!NOTE]\n${'> '.repeat(depth)}x\n`,
    )
    expect(ruleIds(file)).not.toContain('nesting-too-deep')
    expect(html).toContain('notice-note')
  })
})
