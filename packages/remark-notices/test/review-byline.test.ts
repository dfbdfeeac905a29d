import type { Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../src/common/constants'
import { reviewByline } from '../src/review/byline'

async function html(root: Root): Promise<string> {
  const processor = unified().use(remarkRehype).use(rehypeStringify)
  return processor.stringify(await processor.run(root))
}

const review = {
  lastReviewed: '2026-10-01',
  reviewedBy: [{ name: 'Dr A. Example', credential: 'MD' }],
}

describe('review byline', () => {
  it('renders the names, the credential and the date in a time element', async () => {
    const byline = reviewByline(review, 'en', 'current')
    expect(await html({ type: 'root', children: [byline] })).toBe(
      '<p class="health-review" data-health-review="current">Medically reviewed by Dr A. Example, MD · Last reviewed <time datetime="2026-10-01">1 October 2026</time></p>',
    )
  })

  it.each([
    ['de', 'Medizinisch geprüft von Dr A. Example, MD · Zuletzt geprüft am 1. Oktober 2026'],
    ['es', 'Revisado médicamente por Dr A. Example, MD · Última revisión: 1 de octubre de 2026'],
    ['fr', 'Relu médicalement par Dr A. Example, MD · Dernière relecture le 1 octobre 2026'],
  ] as const)('speaks %s', async (locale, text) => {
    const out = await html({ type: 'root', children: [reviewByline(review, locale, 'stale')] })
    expect(out.replace(/<[^>]+>/g, '')).toBe(text)
    expect(out).toContain('data-health-review="stale"')
  })

  it('lists several reviewers in the locale’s words and links those with a url', async () => {
    const several = {
      reviewedBy: [
        { name: 'Dr A', url: 'https://example.org/a' },
        { name: 'Dr B' },
        { name: 'Dr C', credential: 'PharmD' },
      ],
    }
    expect(await html({ type: 'root', children: [reviewByline(several, 'en', 'current')] })).toBe(
      '<p class="health-review" data-health-review="current">Medically reviewed by <a href="https://example.org/a">Dr A</a>, Dr B and Dr C, PharmD</p>',
    )
    const de = await html({ type: 'root', children: [reviewByline(several, 'de', 'current')] })
    expect(de).toContain('Dr B und Dr C, PharmD')
  })

  it('shows only the date when no reviewer is named, and escapes what front matter says', async () => {
    for (const locale of LOCALES) {
      const out = await html({
        type: 'root',
        children: [reviewByline({ lastReviewed: '2026-01-05', reviewedBy: [] }, locale, 'current')],
      })
      expect(out).toContain('<time datetime="2026-01-05">')
      expect(out).not.toContain(' · ')
    }
    const hostile = reviewByline(
      { reviewedBy: [{ name: 'Dr </p><script>x</script>' }] },
      'en',
      'current',
    )
    const out = await html({ type: 'root', children: [hostile] })
    expect(out).not.toContain('<script>')
    expect(out).toContain('&#x3C;/p>&#x3C;script>')
  })
})
