import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../../test/support/property-runs'
import { renderHtml, renderMarkdown } from './helpers/pipeline'

// Generated documents: each block knows how many callouts it must produce,
// so the property can count. Words come from a lowercase vocabulary that no
// title or marker uses, so "no text lost" can compare word counts.
interface Block {
  markdown: string
  callouts: number
}

const vocabulary = [
  'calf',
  'stretch',
  'water',
  'night',
  'muscle',
  'rest',
  'walk',
  'heat',
  'salt',
  'sleep',
]
const words = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 })
  .map((list) => list.join(' '))
const knownMarkers = [
  'NOTE',
  'tip',
  'Important',
  'WARNING',
  'caution',
  'MEDICAL',
  'see-doctor',
  'EMERGENCY',
  'info',
  'danger',
]
const marker = fc.constantFrom(...knownMarkers)
const fold = fc.constantFrom('', '-', '+')
const title = fc.option(words, { nil: undefined })

const heading = fc.tuple(fc.integer({ min: 1, max: 3 }), words).map(
  ([depth, text]): Block => ({
    markdown: `${'#'.repeat(depth)} ${text}`,
    callouts: 0,
  }),
)
const paragraph = words.map((text): Block => ({ markdown: text, callouts: 0 }))
const list = fc.array(words, { minLength: 1, maxLength: 3 }).map(
  (items): Block => ({
    markdown: items.map((item) => `- ${item}`).join('\n'),
    callouts: 0,
  }),
)
const code = fc.tuple(marker, words).map(
  ([name, text]): Block => ({
    markdown: `\`\`\`\n> [!${name}] ${text}\n:::note\n\`\`\``,
    callouts: 0,
  }),
)
const inlineCode = fc.tuple(marker, words).map(
  ([name, text]): Block => ({
    markdown: `${text} \`> [!${name}]\` ${text}`,
    callouts: 0,
  }),
)
const html = words.map((text): Block => ({ markdown: `<div>${text}</div>`, callouts: 0 }))
const alert = fc.tuple(marker, fold, title, words).map(
  ([name, sign, heading, body]): Block => ({
    markdown: `> [!${name}]${sign}${heading ? ` ${heading}` : ''}\n> ${body}`,
    callouts: 1,
  }),
)
const unknownAlert = words.map(
  (body): Block => ({ markdown: `> [!BOGUS]\n> ${body}`, callouts: 0 }),
)
const nested = fc.tuple(words, marker, words).map(
  ([outer, name, inner]): Block => ({
    markdown: `> ${outer}\n>\n> > [!${name}]\n> > ${inner}`,
    callouts: 1,
  }),
)
const alertInList = fc.tuple(words, marker, words).map(
  ([item, name, body]): Block => ({
    markdown: `- ${item}\n\n  > [!${name}]\n  > ${body}`,
    callouts: 1,
  }),
)
const directive = fc.tuple(marker, title, words).map(
  ([name, label, body]): Block => ({
    markdown: `:::${name.toLowerCase()}${label ? `[${label}]` : ''}\n${body}\n:::`,
    callouts: 1,
  }),
)
const block = fc.oneof(
  heading,
  paragraph,
  list,
  code,
  inlineCode,
  html,
  alert,
  unknownAlert,
  nested,
  alertInList,
  directive,
)
const documents = fc.array(block, { minLength: 1, maxLength: 12 }).map((blocks) => ({
  markdown: `${blocks.map((entry) => entry.markdown).join('\n\n')}\n`,
  callouts: blocks.reduce((sum, entry) => sum + entry.callouts, 0),
}))

/** How often each vocabulary word occurs in the visible text of some HTML. */
function wordCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>()
  // Text node by text node: adjacent elements must not glue words together.
  visit(fromHtml(html, { fragment: true }), 'text', (node) => {
    for (const word of node.value.split(/[^a-z]+/)) {
      if (vocabulary.includes(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  })
  return counts
}

async function withoutPlugin(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown)
  return String(file)
}

// Documents per run; CI runs ten times as many (PROPERTY_RUNS_SCALE in .ci/run).
const RUNS = 100

describe('properties of generated documents', () => {
  it('never throw, make one callout per marker, lose no text and are idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (document) => {
        const { html } = await renderHtml(document.markdown)
        expect(html.match(/ data-notice="/g)?.length ?? 0).toBe(document.callouts)

        const plain = wordCounts(await withoutPlugin(document.markdown))
        const rendered = wordCounts(html)
        for (const [word, count] of plain) expect(rendered.get(word) ?? 0).toBe(count)

        const once = (await renderMarkdown(document.markdown)).markdown
        const twice = (await renderMarkdown(once)).markdown
        expect(twice).toBe(once)
        expect((await renderHtml(once)).html).toBe(html)
      }),
      { numRuns: propertyRuns(RUNS) },
    )
  })
})
