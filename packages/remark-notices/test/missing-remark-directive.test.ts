import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import remarkNotices from '../src/index'

const page = [
  '# Night cramps',
  '',
  'Stretch before bed.',
  '',
  ':::danger',
  'Quinine is no longer advised for cramps.',
  ':::',
  '',
  '::health-tip{id="stretch-before-bed"}',
  '',
].join('\n')

/** Markdown → Markdown, with or without remark-directive, and the file's messages. */
async function messagesOf(markdown: string, withDirective: boolean) {
  const processor = unified().use(remarkParse)
  if (withDirective) processor.use(remarkDirective)
  const file = await processor.use(remarkNotices).use(remarkStringify).process(markdown)
  return file.messages
}

describe('missing-remark-directive', () => {
  it('warns once, at the first directive-looking line, when remark-directive is missing', async () => {
    const messages = await messagesOf(page, false)
    expect(messages.map((message) => message.ruleId)).toEqual(['missing-remark-directive'])
    const [message] = messages
    expect(message?.source).toBe('healthmark')
    expect(message?.fatal).toBe(false)
    expect(message?.place).toMatchObject({ start: { line: 5, column: 1 } })
    expect(message?.reason).toMatch(/`:::danger`/)
    expect(message?.reason).toMatch(/remark-directive/)
    expect(message?.url).toMatch(/#missing-remark-directive$/)
  })

  it('warns for a lone `::health-tip` too', async () => {
    const messages = await messagesOf('Intro.\n\n::health-tip{id="pickle-juice"}\n', false)
    expect(messages.map((message) => message.ruleId)).toEqual(['missing-remark-directive'])
    expect(messages[0]?.reason).toMatch(/`::health-tip`/)
  })

  it('finds a directive line in a blockquote and after a soft line break', async () => {
    const quoted = await messagesOf('> :::note\n> Read this.\n> :::\n', false)
    expect(quoted.map((message) => message.ruleId)).toEqual(['missing-remark-directive'])
    const wrapped = await messagesOf('Some text\n:::warning\nCareful.\n:::\n', false)
    expect(wrapped.map((message) => message.ruleId)).toEqual(['missing-remark-directive'])
  })

  it('is silent with remark-directive', async () => {
    const messages = await messagesOf(page, true)
    // The tip is unknown here (no `tips` option); that is a different rule.
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-tip-id'])
  })

  it('is silent when the same text is in a code block or inline code', async () => {
    const code = [
      'Write a callout like this:',
      '',
      '```md',
      ':::danger',
      'Quinine is no longer advised.',
      ':::',
      '```',
      '',
      '    ::health-tip{id="stretch-before-bed"}',
      '',
      '`::health-tip{id="stretch-before-bed"}` embeds a tip, `:::note` opens a note.',
      '',
    ].join('\n')
    expect(await messagesOf(code, false)).toEqual([])
  })

  it('is silent for colons that do not start a line', async () => {
    expect(
      await messagesOf('The ratio was 3:::1 in that trial, see ::health-tip.\n', false),
    ).toEqual([])
  })

  it('is silent when a framework plugin before it already rendered the directives', async () => {
    // Starlight turns `:::note` into its own aside before user plugins run, so the
    // tree has no directive left although the parser read them.
    function renderAsides() {
      return (tree: Root) => {
        visit(tree, 'containerDirective', (_node, index, parent) => {
          if (parent && index !== undefined) {
            parent.children[index] = {
              type: 'paragraph',
              children: [{ type: 'text', value: 'aside' }],
            }
          }
        })
      }
    }
    const file = await unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(renderAsides)
      .use(remarkNotices)
      .use(remarkStringify)
      .process(':::note\nStarlight renders this.\n:::\n')
    expect(file.messages).toEqual([])
  })
})
