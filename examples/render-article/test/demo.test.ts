import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const article = readFileSync(new URL('../article.md', import.meta.url), 'utf8')

/** Affiliate links in the source, counted by host, independently of the plugin. */
function countLinks(pattern: RegExp): number {
  return [...article.matchAll(pattern)].length
}

describe('npm run demo', () => {
  const output = execFileSync('node', ['render.mjs', '--summary'], { cwd: root, encoding: 'utf8' })
  const articleBlock = output.split('\n\n').find((block) => block.startsWith('Article')) ?? ''

  it('prints where the article was written', () => {
    expect(articleBlock).toMatch(/^Article → .*dist\/index\.html$/m)
    expect(output).toMatch(/guide-en\.html/)
    expect(output).toMatch(/guide-de\.html/)
  })

  it('reports the affiliate links per network found in the source', () => {
    const amazon = countLinks(/\]\(https:\/\/www\.amazon\.[a-z.]+\/[^)]*[?&]tag=/g)
    const awin = countLinks(/\]\(https:\/\/www\.awin1\.com\//g)
    expect(amazon).toBeGreaterThan(0)
    expect(awin).toBeGreaterThan(0)
    expect(articleBlock).toContain(`${amazon + awin} link(s): amazon ${amazon} · awin ${awin}`)
  })

  it('says the disclosure was inserted above the first affiliate link', () => {
    expect(articleBlock).toMatch(/disclosure +inserted: .*above the first affiliate link/)
  })

  it('shows the review byline from front matter and the article JSON-LD', () => {
    const date = article.match(/^lastReviewed: (\d{4}-\d{2}-\d{2})$/m)?.[1] ?? ''
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    )
    expect(articleBlock).toContain(
      `review       Medically reviewed by Dr A. Example, MD · Last reviewed ${day}`,
    )
    expect(articleBlock).toMatch(
      /JSON-LD +MedicalWebPage: headline, inLanguage, lastReviewed, reviewedBy, about \(\d+ citation\(s\)\)/,
    )
  })

  it('prints the findings of the review and claim checks on every page', () => {
    for (const block of output.split('\n\n').filter((part) => / → /.test(part))) {
      expect(block).toMatch(/checks +stale-review \d+ · missing-review \d+ · unsupported-claim \d+/)
    }
    // The article and the guides name myths only to correct them.
    expect(output).not.toContain('healthmark:unsupported-claim')
  })

  it('reports the embedded health tips', () => {
    for (const [, id] of article.matchAll(/::health-tip\{id="([^"]+)"\}/g)) {
      expect(articleBlock).toContain(id)
    }
  })
})

describe('the summary of a page with problems', () => {
  it('lists each warning with its place, source and ruleId', async () => {
    const { renderPage } = await import('../lib/render-page.mjs')
    const { formatSummary, summarize } = await import('../lib/summarize.mjs')
    const { getGuidance } = await import('@healthmark/cramp-guidance')
    const { file, tree } = await renderPage({
      markdown: '# A page\n\nSome text.\n\n::health-tip{id="no-such-tip"}\n',
      path: 'problem.md',
      locale: 'en',
      set: getGuidance('en'),
      url: 'https://www.example.com/problem/',
      styles: '',
      nav: [],
    })
    const text = formatSummary('Problem page', summarize(file, tree))
    expect(text).toMatch(/warnings +1\n +5:1 +healthmark:unknown-tip-id +\S/)
  })
})
