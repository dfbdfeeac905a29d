import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Options } from '../src/index'
import { renderHtml, renderMarkdown } from './helpers/pipeline'

// The stringify promise: plugin + remark-stringify writes Markdown that parses
// back to the same callouts. Checked on every fixture: the Markdown is stable
// after one pass and renders to the same HTML as the original.
const root = new URL('./fixtures/', import.meta.url).pathname

function optionsOf(dir: string): Options | undefined {
  try {
    return JSON.parse(readFileSync(join(root, dir, 'options.json'), 'utf8')) as Options
  } catch {
    return undefined
  }
}

describe('remark-stringify round trip', () => {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

  for (const dir of dirs) {
    it(`${dir}: stable and renders the same`, async () => {
      const input = readFileSync(join(root, dir, 'input.md'), 'utf8')
      const options = optionsOf(dir)
      const once = (await renderMarkdown(input, options)).markdown
      const twice = (await renderMarkdown(once, options)).markdown
      expect(twice).toBe(once)
      const original = await renderHtml(input, options)
      const again = await renderHtml(once, options)
      expect(again.html).toBe(original.html)
    })
  }

  it('writes a callout back in the syntax the author used', async () => {
    const { markdown } = await renderMarkdown('> [!warning]- Closed *title*\n> Body\n')
    expect(markdown).toBe('> [!warning]- Closed *title*\n> Body\n')
  })

  it('writes an inserted disclaimer as a medical alert', async () => {
    const { markdown } = await renderMarkdown('# Title\n\nText\n', { disclaimer: 'top' })
    expect(markdown).toMatch(
      /^# Title\n\n> \[!medical\]\n>\n> This article gives general information/,
    )
  })

  it('writes a health tip back as its directive', async () => {
    const options = optionsOf('health-tip')
    const { markdown } = await renderMarkdown('::health-tip{id="stretch-the-calf"}\n', options)
    expect(markdown).toBe('::health-tip{id="stretch-the-calf"}\n')
  })
})
