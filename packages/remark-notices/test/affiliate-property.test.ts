/**
 * Property tests: generated documents mixing headings, lists, nested
 * blockquotes, alerts, code, raw HTML, affiliate, plain and malformed links.
 * Each generator piece knows how many affiliate links it adds, so the
 * expected count is computed from the document's construction, not from the
 * plugin.
 */
import fc from 'fast-check'
import type { Element, Root as HastRoot } from 'hast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../../test/support/property-runs'
import remarkNotices from '../src/index'

/** A piece of a document and the affiliate links it holds. */
interface Piece {
  text: string
  /** Affiliate links that render as `<a>` (Markdown links). */
  links: number
  /** Affiliate links in raw HTML (counted, not rendered). */
  raw: number
}

const AFFILIATE_URLS = [
  'https://www.amazon.com/dp/B000TEST01?tag=site-20',
  'https://www.amazon.de/dp/B000TEST02?tag=site-21',
  'https://amzn.to/3abcDEF',
  'https://amzn.eu/d/abc',
  'https://www.shareasale.com/r.cfm?b=1&u=2&m=3',
  'https://www.anrdoezrs.net/click-1-2',
  'https://www.awin1.com/cread.php?awinmid=1&awinaffid=2',
  'https://brand.sjv.io/c/1/2/3',
  'https://click.linksynergy.com/deeplink?id=a&mid=1',
  'https://go.skimresources.com/?id=1X2&url=x',
  'https://aff.vendor.hop.clickbank.net/',
  'https://prf.hn/click/camref:1/destination:x',
  'https://rover.ebay.com/rover/1/711/1?campid=5338',
]

const PLAIN_URLS = [
  'https://www.nhs.uk/conditions/leg-cramps/',
  'https://www.amazon.com/dp/B000TEST01',
  'https://amazon.com.example.net/dp/B000?tag=x-20',
  'https://notamazon.com/dp/B000?tag=x-20',
  'https://brand.sjv.io/i/1/2/3',
  '/relative/page',
  '#section',
  'mailto:team@example.com',
]

const MALFORMED_URLS = [
  'javascript:alert(1)',
  'https://www.amazon.com:99999/?tag=x-20',
  'http://[::1/?tag=x',
  'https://',
  'data:text/html,hi',
]

// Harmless words: none of them is a disclosure pattern or Markdown syntax.
const word = fc.constantFrom(
  'calf',
  'stretch',
  'water',
  'rest',
  'night',
  'muscle',
  'leg',
  'walk',
  'heat',
)
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '))

const piece = (text: string, links = 0, raw = 0): Piece => ({ text, links, raw })

/** Inline content; reference labels point at definitions added to every document. */
const inlinePiece: fc.Arbitrary<Piece> = fc.oneof(
  words.map((text) => piece(text)),
  fc
    .tuple(words, fc.constantFrom(...AFFILIATE_URLS))
    .map(([text, url]) => piece(`[${text}](${url})`, 1)),
  fc.constantFrom(...AFFILIATE_URLS).map((url) => piece(`<${url}>`, 1)),
  fc
    .tuple(words, fc.constantFrom(...PLAIN_URLS))
    .map(([text, url]) => piece(`[${text}](<${url}>)`)),
  fc
    .tuple(words, fc.constantFrom(...MALFORMED_URLS))
    .map(([text, url]) => piece(`[${text}](<${url}>)`)),
  fc
    .tuple(words, fc.nat(AFFILIATE_URLS.length - 1))
    .map(([text, n]) => piece(`[${text}][aff${n}]`, 1)),
  fc.tuple(words, fc.nat(PLAIN_URLS.length - 1)).map(([text, n]) => piece(`[${text}][plain${n}]`)),
  fc.constantFrom(...AFFILIATE_URLS).map((url) => piece(`\`${url}\``)),
  fc.constantFrom(...AFFILIATE_URLS).map((url) => piece(`<a href="${url}">buy</a>`, 0, 1)),
)

const inline: fc.Arbitrary<Piece> = fc
  .array(inlinePiece, { minLength: 1, maxLength: 4 })
  .map((pieces) => join(pieces, ' '))

function join(pieces: Piece[], separator: string): Piece {
  return {
    text: pieces.map((item) => item.text).join(separator),
    links: pieces.reduce((sum, item) => sum + item.links, 0),
    raw: pieces.reduce((sum, item) => sum + item.raw, 0),
  }
}

const quote = (text: string, depth: number) =>
  text
    .split('\n')
    .map((line) => `${'> '.repeat(depth)}${line}`)
    .join('\n')

const block: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([level, content]) => ({
    ...content,
    text: `${'#'.repeat(level)} ${content.text}`,
  })),
  inline,
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) =>
    join(
      items.map((item) => ({ ...item, text: `- ${item.text}` })),
      '\n',
    ),
  ),
  fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([depth, content]) => ({
    ...content,
    text: quote(`${depth > 1 ? 'nested\n\n' : ''}${content.text}`, depth),
  })),
  fc
    .tuple(fc.constantFrom('NOTE', 'WARNING', 'see-doctor', 'tip'), inline)
    .map(([type, content]) => ({
      ...content,
      text: quote(`[!${type}]\n${content.text}`, 1),
    })),
  fc.constantFrom(...AFFILIATE_URLS).map((url) => piece(`\`\`\`md\n[buy](${url})\n\`\`\``)),
  fc
    .constantFrom(...AFFILIATE_URLS)
    .map((url) => piece(`<div>\n<a href="${url}">buy</a>\n</div>`, 0, 1)),
  words.map((text) => piece(`<div>${text}</div>`)),
)

const definitions = [
  ...AFFILIATE_URLS.map((url, n) => `[aff${n}]: ${url}`),
  ...PLAIN_URLS.map((url, n) => `[plain${n}]: <${url}>`),
].join('\n')

const documents: fc.Arbitrary<Piece> = fc
  .array(block, { minLength: 1, maxLength: 8 })
  .map((blocks) => {
    const body = join(blocks, '\n\n')
    return { ...body, text: `${body.text}\n\n${definitions}\n` }
  })

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
const withPlugin = markdown().use(remarkNotices)
const toMarkdown = withPlugin().use(remarkStringify)

const hastWith = withPlugin().use(remarkRehype).freeze()
markdown.freeze()
toMarkdown.freeze()
const hastWithout = markdown().use(remarkRehype).freeze()

/** Every `<a>` in a hast tree, in order. */
function anchors(tree: HastRoot): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') found.push(node)
  })
  return found
}

/** Parse once (parsing dominates the cost), then run the pipelines with and without the plugin on copies. */
async function render(text: string) {
  const file = new VFile(text)
  const mdast = markdown.parse(file)
  const withTree = (await hastWith.run(structuredClone(mdast), file)) as HastRoot
  const withoutTree = (await hastWithout.run(structuredClone(mdast), new VFile(text))) as HastRoot
  const stringified = toMarkdown.stringify(await toMarkdown.run(mdast, new VFile(text)))
  return { file, withTree, withoutTree, stringified }
}

const AFFILIATE_HREFS = new Set(AFFILIATE_URLS)

/** Elements marked as the affiliate disclosure (inserted callouts or recognised paragraphs). */
function disclosureCount(tree: HastRoot): number {
  let count = 0
  visit(tree, 'element', (node: Element) => {
    if (node.properties.dataNotice === 'affiliate-disclosure') count++
  })
  return count
}

// Documents per run (four pipelines each); CI runs ten times as many
// (PROPERTY_RUNS_SCALE in .ci/run).
const RUNS = 100

describe('affiliate properties (fast-check)', () => {
  it('holds for generated documents', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const { file, withTree, withoutTree, stringified } = await render(doc.text)

        // file.data.affiliate.links equals the number generated.
        expect(file.data.affiliate?.links).toBe(doc.links + doc.raw)

        // Every affiliate link has rel sponsored; no other link is changed. The
        // plugin adds no <a> (the default disclosure has none), so the links
        // pair up in order with the render without the plugin.
        const found = anchors(withTree)
        const before = anchors(withoutTree)
        expect(found).toHaveLength(before.length)
        let marked = 0
        found.forEach((node, index) => {
          const { rel, dataAffiliate, ...rest } = node.properties
          const original = before[index]?.properties
          if (AFFILIATE_HREFS.has(String(node.properties.href))) {
            marked++
            expect(rel).toContain('sponsored')
            expect(typeof dataAffiliate).toBe('string')
            expect(rest).toEqual(original)
          } else {
            expect(node.properties).toEqual(original)
          }
        })
        expect(marked).toBe(doc.links)

        // Exactly one disclosure iff at least one affiliate link.
        expect(disclosureCount(withTree)).toBe(doc.links + doc.raw > 0 ? 1 : 0)

        // Idempotent: a second run over the stringified output changes nothing
        // (a second disclosure or a rewritten link would show in the Markdown).
        const twice = String(await toMarkdown.process(stringified))
        expect(twice).toBe(stringified)
      }),
      { numRuns: propertyRuns(RUNS) },
    )
  })
})
