import { getGuidance } from '@healthmark/cramp-guidance'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import remarkNotices, { NoticeOptionsError, type Options, sanitizeSchema } from '../src/index'
import { markdownProcessor, renderHtml, renderMarkdown } from './helpers/pipeline'

const tips = getGuidance('en')

const front = (lines: string[]) => ['---', ...lines, '---', ''].join('\n')
const reviewed = front([
  'title: Night cramps',
  'lastReviewed: 2026-10-01',
  'reviewedBy:',
  '  - name: Dr A. Example',
  '    credential: MD',
  'condition: Muscle cramp',
])

async function messages(markdown: string, options: Options) {
  const processor = markdownProcessor(options)
  const file = new VFile(markdown)
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => ({
    rule: message.ruleId,
    line: message.line,
    reason: message.reason,
    source: message.source,
  }))
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('review byline', () => {
  it('goes under the first heading, before the disclaimer, and survives rehype-sanitize', async () => {
    const markdown = `${reviewed}# Night cramps\n\nText.\n`
    const { html } = await renderHtml(markdown, { review: true, disclaimer: 'top' })
    expect(html).toMatch(
      /^<h1>Night cramps<\/h1>\n<p class="health-review" data-health-review="current">Medically reviewed by Dr A\. Example, MD · Last reviewed <time datetime="2026-10-01">1 October 2026<\/time><\/p>\n<aside class="notice notice-medical"/,
    )
    const file = await unified()
      .use(remarkParse)
      .use(remarkNotices, { review: { position: 'bottom' } })
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeStringify)
      .process(
        new VFile({
          value: '# Night cramps\n\nText.',
          data: { matter: { lastReviewed: '2026-10-01', reviewedBy: 'Dr B' } },
        }),
      )
    expect(String(file)).toMatch(
      /<p>Text\.<\/p>\n<p class="health-review" data-health-review="current">Medically reviewed by Dr B · Last reviewed <time datetime="2026-10-01">1 October 2026<\/time><\/p>$/,
    )
  })

  it('is not written without the option, and a document without metadata gets none', async () => {
    expect((await renderHtml(`${reviewed}# T\n`)).html).not.toContain('health-review')
    expect((await renderHtml('# T\n\nText.', { review: true })).html).not.toContain('health-review')
  })

  it('is left out of Markdown output as is (remark-stringify writes it as text)', async () => {
    const { markdown } = await renderMarkdown(`${reviewed}# T\n`, { review: true, locale: 'de' })
    expect(markdown).toContain(
      'Medizinisch geprüft von Dr A. Example, MD · Zuletzt geprüft am 1. Oktober 2026',
    )
  })
})

describe('stale-review and missing-review', () => {
  it('warns when the review is older than maxAgeMonths, at the front matter', async () => {
    const old = front(['lastReviewed: 2025-06-01'])
    expect(await messages(`${old}# T\n`, { review: true })).toEqual([
      {
        rule: 'stale-review',
        line: 1,
        source: 'healthmark',
        reason:
          'Last reviewed 2025-06-01, more than 12 months ago (due by 2026-06-01): review the article again and update `lastReviewed`',
      },
    ])
    expect(await messages(`${old}# T\n`, { review: { maxAgeMonths: 24 } })).toEqual([])
    const { html } = await renderHtml(`${old}# T\n`, { review: true })
    expect(html).toContain('data-health-review="stale"')
  })

  it('warns when care callouts or tips have no review, unless turned off', async () => {
    const care = '# T\n\n> [!SEE-DOCTOR]\n> If it lasts.\n'
    const found = await messages(care, { review: true })
    expect(found.map((message) => `${message.rule} ${message.line}`)).toEqual(['missing-review 3'])
    expect(found[0]?.reason).toContain('add `lastReviewed` and `reviewedBy`')
    const tip = '# T\n\nText.\n\n::health-tip{id="stretch-during-a-cramp"}\n'
    expect((await messages(tip, { review: true, tips })).map((message) => message.rule)).toEqual([
      'missing-review',
    ])
    expect(await messages(care, { review: { missing: false } })).toEqual([])
    expect(await messages(care, {})).toEqual([])
    expect(await messages('# T\n\n> [!WARNING]\n> Careful.\n', { review: true })).toEqual([])
  })

  it('reports invalid front matter, naming the field', async () => {
    const bad = front(['lastReviewed: last week', 'reviewedBy: { name: Dr A, credentials: MD }'])
    const found = await messages(`${bad}# T\n`, { review: true })
    expect(found.map((message) => `${message.rule} ${message.line}: ${message.reason}`)).toEqual([
      'invalid-front-matter 1: Front matter `lastReviewed`: expected a date written as YYYY-MM-DD, got "last week"',
      'invalid-front-matter 1: Front matter `reviewedBy`: unknown `credentials`; expected a name, { name, credential?, url? } or a list of them',
    ])
  })
})

describe('article JSON-LD', () => {
  const article = `${reviewed}# Night cramps\n\n::health-tip{id="stretch-before-bed"}\n`

  it("is on file.data.healthmark.jsonLd with 'data', and nothing is inserted", async () => {
    const { html, file } = await renderHtml(article, { jsonLd: 'data', tips })
    expect(html).not.toContain('<script')
    expect(file.data.healthmark?.jsonLd).toMatchObject({
      '@type': 'MedicalWebPage',
      headline: 'Night cramps',
      lastReviewed: '2026-10-01',
      about: { '@type': 'MedicalCondition', name: 'Muscle cramp' },
    })
    const urls = tips.tips
      .find((tip) => tip.id === 'stretch-before-bed')
      ?.evidence.sources.map((source) => source.url)
    expect(
      file.data.healthmark?.jsonLd?.citation?.map((work) => (work as { url: string }).url),
    ).toEqual(urls)
  })

  it("is one script at the end with 'inline', holding the same object", async () => {
    const { html, file } = await renderHtml(article, { jsonLd: 'inline', tips })
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    expect(html.trimEnd().endsWith('</script>')).toBe(true)
    expect(JSON.parse(scripts[0]?.[1] ?? '')).toEqual(file.data.healthmark?.jsonLd)
  })

  it('is off by default', async () => {
    const { html, file } = await renderHtml(article, { tips })
    expect(html).not.toContain('<script')
    expect(file.data.healthmark).toBeUndefined()
  })
})

describe('unsupported-claim', () => {
  const myth = '# T\n\nMagnesium levels drop while you sleep, so cramps follow.\n'

  it('names the tip that corrects the claim, with a position', async () => {
    const [found] = await messages(myth, { tips })
    expect(found).toEqual({
      rule: 'unsupported-claim',
      line: 3,
      source: 'healthmark',
      reason:
        'This sentence repeats a claim that the tip "magnesium-drops-at-night" (The idea that magnesium drops while you sleep has no basis) corrects: rewrite it, or add `::health-tip{id="magnesium-drops-at-night"}` next to it',
    })
  })

  it('is off with claims: false, and silent inside our own callouts and code', async () => {
    expect(await messages(myth, { tips, claims: false })).toEqual([])
    const quoted =
      '# T\n\n> [!NOTE]\n> Magnesium levels drop while you sleep.\n\n    Magnesium levels drop while you sleep.\n'
    expect(await messages(quoted, { tips })).toEqual([])
  })

  it('runs in the locale of the document with the matching set', async () => {
    const de = '# T\n\nNachts sinkt der Magnesiumspiegel im Körper.\n'
    const both = [getGuidance('de'), tips]
    expect((await messages(de, { tips: both, locale: 'de' })).map((m) => m.rule)).toEqual([
      'unsupported-claim',
    ])
    expect(await messages(de, { tips: both, locale: 'en' })).toEqual([])
  })

  it('is silenced per block and per document with healthmark comments', async () => {
    const block = `# T\n\n<!--healthmark ignore unsupported-claim-->\n\nTonic water helps with cramps.\n\nQuinine is a safe remedy for cramps.\n`
    expect((await messages(block, { tips })).map((m) => m.line)).toEqual([7])
    const whole = `<!--healthmark disable unsupported-claim-->\n\n${myth}`
    expect(await messages(whole, { tips })).toEqual([])
    const unknown = `<!--healthmark disable no-such-rule-->\n\n# T\n`
    expect((await messages(unknown, {})).map((m) => m.reason)).toEqual([
      "Cannot disable `'no-such-rule'`, it’s not known",
    ])
  })
})

describe('options', () => {
  it('refuses bad review, jsonLd and claims options, naming them', () => {
    const attach = (options: unknown) => () =>
      unified()
        .use(remarkParse)
        .use(remarkNotices, options as Options)
        .freeze()
    expect(attach({ review: 'yes' })).toThrow(NoticeOptionsError)
    expect(attach({ review: { maxAgeMonths: 0 } })).toThrow('review.maxAgeMonths')
    expect(attach({ jsonLd: 'head' })).toThrow('jsonLd: expected false, "data" or "inline"')
    expect(attach({ claims: 'off' })).toThrow('claims: expected a boolean')
  })

  it('refuses a tip pattern that could backtrack catastrophically', () => {
    const set = structuredClone(tips)
    const tip = set.tips[0]
    if (tip) tip.corrects = { patterns: ['(a+)+b'] }
    expect(() => unified().use(remarkParse).use(remarkNotices, { tips: set }).freeze()).toThrow(
      /tips\.tips\[0\]\.corrects\.patterns\[0\]: "\(a\+\)\+b" may backtrack catastrophically/,
    )
  })
})
