import type { HealthTip } from '@healthmark/schema'
import { fromHtml } from 'hast-util-from-html'
import jsonld from 'jsonld'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { articleJsonLd } from '../src/json-ld/article'
import { jsonLdScript } from '../src/json-ld/script'

const source = (url: string, title = 'Leg cramps') => ({
  title,
  publisher: 'NHS',
  url,
  year: 2024,
})

const tip = (id: string, urls: string[]): HealthTip => ({
  id,
  title: id,
  summary: 'Summary.',
  body: 'Body.',
  aspect: 'self-care',
  evidence: { level: 'limited', sources: urls.map((url) => source(url)) },
})

// A stand-in for the schema.org context, served locally: the test must never
// reach the network, and `@vocab` maps every term we write to schema.org.
const SCHEMA_ORG_CONTEXT = { '@context': { '@vocab': 'https://schema.org/' } }
const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org') throw new Error(`no network in tests: ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT }
}

describe('article JSON-LD', () => {
  const tree = fromMarkdown('# Leg cramps: what helps\n\nText.')
  const facts = {
    locale: 'en',
    review: {
      lastReviewed: '2026-10-01',
      reviewedBy: [{ name: 'Dr A. Example', credential: 'MD', url: 'https://example.org/a' }],
    },
    condition: { name: 'Muscle cramp', icd10: 'R25.2' },
    tips: [
      tip('a', ['https://www.nhs.uk/a', 'https://example.org/b']),
      tip('b', ['https://example.org/b']),
    ],
  }

  it('describes the page: headline, language, review, condition and each cited source once', () => {
    expect(articleJsonLd(tree, facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'Leg cramps: what helps',
      inLanguage: 'en',
      lastReviewed: '2026-10-01',
      reviewedBy: [
        {
          '@type': 'Person',
          name: 'Dr A. Example',
          honorificSuffix: 'MD',
          url: 'https://example.org/a',
        },
      ],
      about: {
        '@type': 'MedicalCondition',
        name: 'Muscle cramp',
        code: { '@type': 'MedicalCode', codeValue: 'R25.2', codingSystem: 'ICD-10' },
      },
      citation: [
        expect.objectContaining({ '@type': 'CreativeWork', url: 'https://www.nhs.uk/a' }),
        expect.objectContaining({ '@type': 'CreativeWork', url: 'https://example.org/b' }),
      ],
    })
  })

  it('takes the headline from front matter, and leaves out what it does not know', () => {
    expect(articleJsonLd(fromMarkdown('Just text.'), { locale: 'de', tips: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      inLanguage: 'de',
    })
    expect(
      articleJsonLd(tree, { locale: 'en', tips: [], title: 'From front matter' }).headline,
    ).toBe('From front matter')
  })

  it('expands as JSON-LD into schema.org terms, with no term dropped', async () => {
    const document = articleJsonLd(tree, facts)
    const [page] = (await jsonld.expand(document, { documentLoader })) as Array<
      Record<string, unknown>
    >
    expect(page?.['@type']).toEqual(['https://schema.org/MedicalWebPage'])
    const keys = Object.keys(page ?? {}).filter((key) => key !== '@type')
    expect(keys.sort()).toEqual(
      ['about', 'citation', 'headline', 'inLanguage', 'lastReviewed', 'reviewedBy'].map(
        (term) => `https://schema.org/${term}`,
      ),
    )
    const [reviewer] = (page?.['https://schema.org/reviewedBy'] ?? []) as Array<
      Record<string, unknown>
    >
    expect(reviewer?.['@type']).toEqual(['https://schema.org/Person'])
  })

  it('writes a script element no value can break out of', async () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028'
    const document = articleJsonLd(fromMarkdown(`# ${hostile}`), {
      locale: 'en',
      review: { reviewedBy: [{ name: hostile }] },
      tips: [],
    })
    const root: Root = { type: 'root', children: [jsonLdScript(document)] }
    const processor = unified().use(remarkRehype).use(rehypeStringify)
    const html = processor.stringify(await processor.run(root))
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    // Parsed back the way a browser does: one script whose text is the same JSON.
    const parsed = fromHtml(html, { fragment: true })
    const [script] = parsed.children
    expect(script?.type === 'element' && script.tagName).toBe('script')
    const text =
      script?.type === 'element' && script.children[0]?.type === 'text'
        ? script.children[0].value
        : ''
    expect(JSON.parse(text)).toEqual(document)
  })
})
