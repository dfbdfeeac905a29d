import { browseSite, type openPage } from '@healthmark/browser-kit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { containers, PAGES, site } from './site'

// What the shared kit does not know about Docusaurus: its own admonitions
// next to ours, the title it renders (a JSX `<header>` around the first `h1`,
// or the blog post's front-matter title), and the `rel` its `Link` gives
// external links.

type OpenedPage = Awaited<ReturnType<typeof openPage>>

interface Facts {
  admonitions: Array<{ type: string; icons: number; headings: number; nested: boolean }>
  notices: Array<{ type: string; icons: number; titles: number; nested: boolean }>
  /** Tags of the content's elements before the first inserted notice, in order. */
  beforeNotices: string[]
  /** Whether each inserted notice follows the page title and sits below it on screen. */
  belowTitle: Array<{ type: string; after: boolean; below: boolean }>
  externalLinks: Array<{ href: string; rel: string[]; affiliate: boolean }>
}

function readFacts(opened: OpenedPage): Promise<Facts> {
  return opened.page.evaluate(() => {
    const title = document.querySelector('article h1')
    const titleBox = title?.getBoundingClientRect()
    const content = document.querySelector('article .markdown')
    const inserted = [...document.querySelectorAll('.notice')].filter((element) =>
      ['affiliate-disclosure', 'medical-disclaimer'].includes(
        element.getAttribute('data-notice') ?? '',
      ),
    )
    const first = inserted[0]
    const beforeNotices = first
      ? [...(content?.children ?? [])]
          .slice(0, [...(content?.children ?? [])].indexOf(first))
          .map((element) => element.tagName.toLowerCase())
      : []
    return {
      admonitions: [...document.querySelectorAll('.theme-admonition')].map((element) => ({
        type:
          [...element.classList]
            .find((name) => name.startsWith('theme-admonition-'))
            ?.slice('theme-admonition-'.length) ?? '',
        icons: element.querySelectorAll('svg').length,
        headings: element.querySelectorAll('[class*="admonitionHeading"]').length,
        nested: element.querySelector('.notice') !== null || element.closest('.notice') !== null,
      })),
      notices: [...document.querySelectorAll('.notice')].map((element) => ({
        type: element.getAttribute('data-notice') ?? '',
        icons: element.querySelectorAll('svg').length,
        titles: element.querySelectorAll('.notice-title, summary').length,
        nested: element.querySelector('.theme-admonition, .notice') !== null,
      })),
      beforeNotices,
      belowTitle: inserted.map((element) => ({
        type: element.getAttribute('data-notice') ?? '',
        after:
          title !== null &&
          (title.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        below: titleBox !== undefined && element.getBoundingClientRect().top >= titleBox.bottom,
      })),
      externalLinks: [...document.querySelectorAll('article a[href^="http"]')].map((element) => ({
        href: element.getAttribute('href') ?? '',
        rel: (element.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean),
        affiliate: element.hasAttribute('data-affiliate'),
      })),
    }
  })
}

const served = browseSite(site)

for (const spec of PAGES.filter((page) => page.name !== 'home')) {
  describe(`${spec.name} (${spec.path}) in Docusaurus`, () => {
    let opened: OpenedPage
    let facts: Facts

    beforeAll(async () => {
      opened = await served.open(spec.path)
      facts = await readFacts(opened)
    })

    afterAll(async () => {
      await opened?.page.close()
    })

    it("leaves Docusaurus's admonitions to Docusaurus: each once, one icon, one heading", () => {
      const expected = containers(spec.name).docusaurus
      expect(facts.admonitions.map((admonition) => admonition.type)).toEqual(expected)
      for (const admonition of facts.admonitions) {
        expect(admonition).toEqual({ type: admonition.type, icons: 1, headings: 1, nested: false })
      }
    })

    it('renders our callouts with one icon and one title each', () => {
      const types = facts.notices.map((notice) => notice.type)
      for (const name of containers(spec.name).healthmark) {
        expect(types).toContain(name === 'medical' ? 'medical-disclaimer' : name)
      }
      for (const notice of facts.notices) {
        expect(notice).toEqual({ type: notice.type, icons: 1, titles: 1, nested: false })
      }
    })

    it('puts the disclosure and the disclaimer right under the page title', () => {
      expect(facts.belowTitle.length).toBeGreaterThan(0)
      for (const placed of facts.belowTitle) {
        expect(placed).toEqual({ type: placed.type, after: true, below: true })
      }
      // Nothing of the content comes between the title and the notices.
      expect(facts.beforeNotices.filter((tag) => tag !== 'header')).toEqual([])
    })

    it("keeps Docusaurus's noopener noreferrer on external links and adds sponsored to affiliate links only", () => {
      expect(facts.externalLinks.length).toBeGreaterThan(0)
      for (const link of facts.externalLinks) {
        const expected = link.affiliate
          ? ['sponsored', 'nofollow', 'noopener', 'noreferrer']
          : ['noopener', 'noreferrer']
        expect(link.rel, link.href).toEqual(expect.arrayContaining(expected))
        expect(link.rel.includes('sponsored'), link.href).toBe(link.affiliate)
      }
    })
  })
}
