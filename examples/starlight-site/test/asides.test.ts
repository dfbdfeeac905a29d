import { browseSite } from '@healthmark/browser-kit'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { site } from './site'

/**
 * What the kit does not know about Starlight: its own asides next to ours.
 * Each box must have been rendered by exactly one of the two (one icon, one
 * title), no directive may be left over as text, and the notices the plugin
 * inserts must sit above the first heading of the content, since Starlight
 * renders the page title from front matter outside the Markdown.
 */
interface Box {
  kind: string
  title: string
  icons: number
  titles: number
  nested: number
}

interface Facts {
  boxes: Box[]
  /** `data-notice` values above the first heading of the content, in order. */
  beforeFirstHeading: string[]
  /** Lines of the rendered text that still look like a directive. */
  leftovers: string[]
}

function readFacts(page: Page): Promise<Facts> {
  return page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content')
    if (!content) throw new Error('no .sl-markdown-content on the page')
    const starlight = [...content.querySelectorAll('.starlight-aside')].map((aside) => ({
      kind: [...aside.classList].find((name) => name.startsWith('starlight-aside--')) ?? '',
      title: aside.querySelector('.starlight-aside__title')?.textContent?.trim() ?? '',
      icons: aside.querySelectorAll('.starlight-aside__title svg').length,
      titles: aside.querySelectorAll('.starlight-aside__title, .notice-title').length,
      nested: aside.querySelectorAll('.notice').length,
    }))
    const ours = [...content.querySelectorAll('.notice[data-notice]')].map((notice) => ({
      kind: `notice--${notice.getAttribute('data-notice')}`,
      title: notice.querySelector(':scope > .notice-title')?.textContent?.trim() ?? '',
      icons: notice.querySelectorAll(':scope > .notice-title svg').length,
      titles: notice.querySelectorAll('.notice-title, .starlight-aside__title').length,
      nested: notice.querySelectorAll('.starlight-aside').length,
    }))
    const firstHeading = content.querySelector('h2, h3, h4, h5, h6')
    const beforeFirstHeading = [...content.querySelectorAll('[data-notice]')]
      .filter(
        (notice) =>
          firstHeading === null ||
          (notice.compareDocumentPosition(firstHeading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      )
      .map((notice) => notice.getAttribute('data-notice') ?? '')
    const leftovers = (content.textContent ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^:{2,}[a-z]/.test(line) || line.startsWith(':::'))
    return { boxes: [...starlight, ...ours], beforeFirstHeading, leftovers }
  })
}

const pages = [
  {
    path: '/guides/night-leg-cramps/',
    asides: ['starlight-aside--note Note', 'starlight-aside--danger Quinine'],
    // The author wrote `:::medical`, which is the page's disclaimer.
    top: ['affiliate-disclosure'],
  },
  {
    path: '/guides/cramps-and-exercise/',
    asides: ['starlight-aside--tip Tip', 'starlight-aside--caution Salt tablets'],
    top: ['affiliate-disclosure', 'medical-disclaimer'],
  },
  { path: '/', asides: [], top: ['medical-disclaimer'] },
]

const served = browseSite(site)

for (const spec of pages) {
  describe(`${spec.path} with Starlight`, () => {
    let facts: Facts

    beforeAll(async () => {
      const { page } = await served.open(spec.path)
      facts = await readFacts(page)
      await page.close()
    })

    it("leaves Starlight's asides to Starlight", () => {
      const asides = facts.boxes.filter((box) => box.kind.startsWith('starlight-aside--'))
      expect(asides.map((box) => `${box.kind} ${box.title}`)).toEqual(spec.asides)
    })

    it('draws every box once: one icon, one title, nothing nested', () => {
      const doubled = facts.boxes.filter(
        (box) => box.icons !== 1 || box.titles !== 1 || box.nested !== 0,
      )
      expect(doubled).toEqual([])
    })

    it('leaves no directive behind as text', () => {
      expect(facts.leftovers).toEqual([])
    })

    it('puts the inserted notices at the top of the content', () => {
      expect(facts.beforeFirstHeading).toEqual(spec.top)
    })
  })
}
