/**
 * @typedef Box
 * @property {number} top
 *   Distance from the top of the document, in CSS pixels.
 * @property {number} bottom
 * @property {boolean} visible
 */

/**
 * @typedef LinkFact
 * @property {string} href
 * @property {Array<string>} rel
 * @property {string | null} affiliate
 *   Value of `data-affiliate`, or `null`.
 * @property {boolean} afterDisclosure
 *   Whether the link follows the first affiliate disclosure in document order
 *   (`false` when the page has no disclosure).
 * @property {Box} box
 *   A link inside a closed foldable is not visible and its box is empty, which
 *   is why placement is judged on visible links and on document order.
 */

/**
 * @typedef CalloutFact
 * @property {string} type
 *   Value of `data-notice`.
 * @property {string} tag
 *   `aside` or `details`.
 * @property {string} title
 *   Text of the title element (`summary` for foldables).
 * @property {boolean} titleVisible
 * @property {string} accessibleName
 *   `aria-label`, or the text `aria-labelledby` points at.
 * @property {Box} box
 */

/**
 * @typedef PageFacts
 * @property {string} lang
 * @property {string} title
 * @property {Array<LinkFact>} links
 * @property {Array<Box>} disclosures
 * @property {Array<CalloutFact>} callouts
 * @property {Array<Box>} disclaimers
 * @property {Array<{id: string, box: Box}>} healthTips
 * @property {Array<string>} headJsonLd
 *   Raw text of every `<script type="application/ld+json">` in the head.
 * @property {number} bodyJsonLd
 *   How many JSON-LD scripts sit outside the head (should be none).
 * @property {Array<ReviewFact>} reviews
 *   Every review byline (`[data-health-review]`).
 */

/**
 * @typedef ReviewFact
 * @property {string} text
 * @property {string | null} state
 *   Value of `data-health-review`: `current` or `stale`.
 * @property {Array<string>} dates
 *   `datetime` of each `<time>` in the byline.
 * @property {Box} box
 */

/**
 * Read everything the checks need from the rendered page in one round trip.
 * Positions are document coordinates, so they do not depend on scrolling.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<PageFacts>}
 */
export function collectPageFacts(page) {
  return page.evaluate(() => {
    /** @param {Element} element */
    const box = (element) => {
      const rect = element.getBoundingClientRect()
      return {
        top: rect.top + window.scrollY,
        bottom: rect.bottom + window.scrollY,
        visible: element.checkVisibility() && rect.width > 0 && rect.height > 0,
      }
    }
    /** @param {Element} element */
    const accessibleName = (element) => {
      const label = element.getAttribute('aria-label')
      if (label) return label
      const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? []
      return ids
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim()
    }
    /** The callout's title: `summary` for foldables, else its first `*title*`-classed child. */
    /** @param {Element} callout */
    const titleOf = (callout) =>
      callout.tagName === 'DETAILS'
        ? callout.querySelector(':scope > summary')
        : callout.querySelector(':scope > [class*="title"]')
    const firstDisclosure = document.querySelector('[data-notice="affiliate-disclosure"]')
    /** @param {Element} element */
    const afterDisclosure = (element) =>
      firstDisclosure !== null &&
      (firstDisclosure.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !firstDisclosure.contains(element)
    const callouts = [...document.querySelectorAll('.notice[data-notice]')].map((element) => {
      const title = titleOf(element)
      return {
        type: element.getAttribute('data-notice') ?? '',
        tag: element.tagName.toLowerCase(),
        title: title?.textContent?.trim() ?? '',
        titleVisible: title ? box(title).visible : false,
        accessibleName: accessibleName(element),
        box: box(element),
      }
    })
    return {
      lang: document.documentElement.lang,
      title: document.title,
      links: [...document.querySelectorAll('a[href]')].map((element) => ({
        href: /** @type {HTMLAnchorElement} */ (element).href,
        rel: (element.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean),
        affiliate: element.getAttribute('data-affiliate'),
        afterDisclosure: afterDisclosure(element),
        box: box(element),
      })),
      disclosures: [...document.querySelectorAll('[data-notice="affiliate-disclosure"]')].map(box),
      callouts,
      disclaimers: [...document.querySelectorAll('[data-notice="medical-disclaimer"]')].map(box),
      healthTips: [...document.querySelectorAll('[data-health-tip]')].map((element) => ({
        id: element.getAttribute('data-health-tip') ?? '',
        box: box(element),
      })),
      headJsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
        (element) => element.textContent ?? '',
      ),
      bodyJsonLd: document.body.querySelectorAll('script[type="application/ld+json"]').length,
      reviews: [...document.querySelectorAll('[data-health-review]')].map((element) => ({
        text: element.textContent?.trim() ?? '',
        state: element.getAttribute('data-health-review'),
        dates: [...element.querySelectorAll('time')].map((time) => time.dateTime),
        box: box(element),
      })),
    }
  })
}
