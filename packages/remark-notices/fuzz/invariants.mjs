// The promises a generated document is checked against, by the fuzz run
// (`bench/fuzz.mjs`, the built plugin) and the round-trip property test (the
// source). Each check names the promise it guards.
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { AFFILIATE_URLS, PLAIN_URLS, VOCABULARY } from './documents.mjs'

/** The invariants, in the order they are reported. */
export const INVARIANTS = [
  'no-crash',
  'no-lost-words',
  'no-new-script',
  'affiliate-links-marked',
  'plain-links-unmarked',
  'affiliate-links-disclosed',
  'stable-after-one-round-trip',
  'round-trip-renders-the-same',
]

// Autolink literals come out of remark-gfm with `http:` added.
const AFFILIATE = new Set([
  ...AFFILIATE_URLS,
  'http://www.amazon.com/dp/X?tag=t-20',
  'https://amzn.to/x',
])
const PLAIN = new Set([...PLAIN_URLS, 'http://www.nhs.uk'])

/**
 * Processors for one plugin build: HTML with and without the plugin (raw HTML
 * kept, so rewritten `<a>` tags can be checked), and Markdown through
 * remark-stringify.
 */
export function createPipelines(plugin, options) {
  const parse = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
  const toHtml = (processor) =>
    processor
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .freeze()
  return {
    base: toHtml(parse()),
    html: toHtml(parse().use(plugin, options)),
    markdown: parse().use(plugin, options).use(remarkStringify).freeze(),
  }
}

/** Vocabulary words in the text of some HTML (tags, and so attributes, removed). */
function wordCounts(html) {
  const counts = new Map()
  for (const token of html.replace(/<[^>]*>/g, ' ').split(/[^a-z]+/)) {
    if (VOCABULARY.includes(token)) counts.set(token, (counts.get(token) ?? 0) + 1)
  }
  return counts
}

const decode = (value) => value.replace(/&#x26;|&amp;/g, '&')

/** Every `<a>` start tag of some HTML: its href and whether rel holds `sponsored`. */
function anchors(html) {
  return [...html.matchAll(/<a\s[^>]*>/gi)].map(([tag]) => ({
    tag,
    href: decode(/\shref="([^"]*)"/i.exec(tag)?.[1] ?? ''),
    sponsored: /\srel="[^"]*\bsponsored\b/i.test(tag),
  }))
}

const count = (text, pattern) => text.match(pattern)?.length ?? 0

/**
 * Check one document; returns the broken invariants with a short detail
 * each (an empty array when all hold).
 */
export function checkDocument(pipelines, markdown) {
  const failures = []
  const fail = (invariant, detail) => failures.push({ invariant, detail })
  let html
  let base
  let once
  let twice
  let htmlOnce
  try {
    base = String(pipelines.base.processSync(markdown))
    html = String(pipelines.html.processSync(markdown))
    once = String(pipelines.markdown.processSync(markdown))
    twice = String(pipelines.markdown.processSync(once))
    htmlOnce = String(pipelines.html.processSync(once))
  } catch (error) {
    fail('no-crash', error instanceof Error ? (error.stack ?? error.message) : String(error))
    return failures
  }

  const before = wordCounts(base)
  const after = wordCounts(html)
  const lost = [...before].filter(([token, n]) => (after.get(token) ?? 0) < n)
  if (lost.length > 0) fail('no-lost-words', lost.map(([token]) => token).join(', '))

  // The plugin may remove links (titles are defused) but never adds one.
  if (count(html, /javascript:/gi) > count(base, /javascript:/gi))
    fail('no-new-script', 'more javascript: URLs than without the plugin')
  if (count(html, /<script/gi) > count(base, /<script/gi))
    fail('no-new-script', 'more <script> elements than without the plugin')

  const links = anchors(html)
  const unmarked = links.filter((a) => AFFILIATE.has(a.href) && !a.sponsored)
  if (unmarked.length > 0) fail('affiliate-links-marked', unmarked.map((a) => a.tag).join(' '))
  const marked = links.filter((a) => PLAIN.has(a.href) && a.sponsored)
  if (marked.length > 0) fail('plain-links-unmarked', marked.map((a) => a.tag).join(' '))
  if (links.some((a) => a.sponsored) && !html.includes('data-notice="affiliate-disclosure"'))
    fail('affiliate-links-disclosed', 'sponsored links without a disclosure')

  if (twice !== once) fail('stable-after-one-round-trip', `${once}\n-- then --\n${twice}`)
  if (htmlOnce !== html) fail('round-trip-renders-the-same', `${html}\n-- then --\n${htmlOnce}`)
  return failures
}
