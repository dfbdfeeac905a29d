import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Options } from '../src/index'
import { renderHtml } from './helpers/pipeline'

// Every folder under test/fixtures is one case: `input.md` must render to
// `output.html` (and, when present, produce the messages in
// `messages.json`) with the options in `options.json`. Run with
// `UPDATE_FIXTURES=1` to rewrite the expected files, then review the diff.
const root = new URL('./fixtures/', import.meta.url).pathname
const update = process.env.UPDATE_FIXTURES === '1'

function read(dir: string, name: string): string | undefined {
  const path = join(root, dir, name)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

describe('fixtures', () => {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('has fixtures', () => {
    expect(dirs.length).toBeGreaterThan(10)
  })

  for (const dir of dirs) {
    it(dir, async () => {
      const input = read(dir, 'input.md')
      if (input === undefined) throw new Error(`fixture ${dir} has no input.md`)
      const optionsText = read(dir, 'options.json')
      const options = optionsText === undefined ? undefined : (JSON.parse(optionsText) as Options)
      const { html, file } = await renderHtml(input, options)
      const messages = file.messages.map(
        (message) => `${message.ruleId} ${message.line}:${message.column}`,
      )

      const expectedHtml = read(dir, 'output.html')
      const expectedMessages = read(dir, 'messages.json')
      if (update || expectedHtml === undefined) {
        writeFileSync(join(root, dir, 'output.html'), html)
        if (messages.length > 0 || expectedMessages !== undefined) {
          writeFileSync(join(root, dir, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`)
        }
        if (!update) throw new Error(`fixture ${dir} had no output.html; wrote it, review it`)
        return
      }
      expect(html).toBe(expectedHtml)
      expect(messages).toEqual(expectedMessages === undefined ? [] : JSON.parse(expectedMessages))
    })
  }
})
