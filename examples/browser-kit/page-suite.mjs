import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSeriousViolations } from './axe.mjs'
import { browseSite } from './browse-site.mjs'
import { settle } from './browser.mjs'
import {
  affiliateLinkProblems,
  calloutProblems,
  disclaimerProblems,
  disclosureProblems,
  jsonLdProblems,
  reviewProblems,
} from './checks.mjs'
import { collectPageFacts } from './page-facts.mjs'
import { completePage } from './specs.mjs'

/**
 * @typedef PageSpec
 * @property {string} name
 *   Short name, used for the test titles and the screenshot file.
 * @property {string} path
 *   Path on the site, such as `/` or `/guide/de/`.
 * @property {string | undefined} [lang]
 *   Expected `<html lang>` (default: `'en'`).
 * @property {string | undefined} [condition]
 *   Expected `about.name` of the page's JSON-LD (default: the dataset's
 *   condition name in `lang`).
 * @property {Array<string> | undefined} [networks]
 *   Affiliate networks the page links to (default: `[]`, a page without
 *   affiliate links).
 * @property {Array<string> | undefined} [callouts]
 *   `data-notice` types that must be on the page (default: `[]`).
 * @property {boolean | undefined} [disclaimer]
 *   Whether the medical disclaimer is configured for the page (default: `false`).
 * @property {boolean | undefined} [foldable]
 *   Whether the page has a foldable (closed) callout to open (default: `false`).
 * @property {Array<string> | undefined} [healthTips]
 *   Tip ids embedded with `::health-tip`.
 * @property {boolean | undefined} [review]
 *   Whether the page shows a review byline backed by its JSON-LD.
 * @property {boolean | undefined} [stylesheet]
 *   Whether the page loads `@healthmark/remark-notices/styles.css` (default:
 *   `true`); its colour checks run only where it does.
 */

/**
 * @typedef SiteSpec
 * @property {string} directory
 *   Built output to serve.
 * @property {string} artifacts
 *   Where full-page screenshots go.
 * @property {(() => Promise<void> | void) | undefined} [prepare]
 *   Build the output first, if needed.
 */

/**
 * Define the browser checks every example page must pass, one `describe` per
 * page: disclosure placement, `rel` on links, callouts, foldables, disclaimer,
 * JSON-LD, axe-core, console errors and a screenshot.
 *
 * @param {SiteSpec} site
 *   The site: an `Example` from `defineExample`, or its directory, artifacts
 *   folder and build step.
 * @param {Array<PageSpec>} pages
 */
export function describeSite(site, pages) {
  const served = browseSite(site)

  for (const spec of pages.map(completePage)) {
    describe(`${spec.name} (${spec.path})`, () => {
      /** @type {import('./browser.mjs').OpenedPage} */
      let opened
      /** @type {import('./page-facts.mjs').PageFacts} */
      let facts

      beforeAll(async () => {
        opened = await served.open(spec.path)
        facts = await collectPageFacts(opened.page)
      })

      afterAll(async () => {
        await opened?.page.close()
      })

      it('declares its language and has a title', () => {
        expect(facts.lang).toBe(spec.lang)
        expect(facts.title.length).toBeGreaterThan(0)
      })

      it('marks exactly the affiliate links, each with rel="sponsored"', () => {
        expect(affiliateLinkProblems(facts, spec.networks)).toEqual([])
      })

      it(
        spec.networks.length > 0
          ? 'shows one disclosure, above the first affiliate link'
          : 'has no affiliate disclosure, having no affiliate links',
        () => {
          expect(disclosureProblems(facts)).toEqual([])
        },
      )

      it('shows every callout with a visible title and an accessible name', () => {
        expect(calloutProblems(facts, spec.callouts)).toEqual([])
      })

      it(
        spec.disclaimer ? 'shows the medical disclaimer once' : 'has no medical disclaimer',
        () => {
          expect(disclaimerProblems(facts, spec.disclaimer)).toEqual([])
        },
      )

      if (spec.healthTips) {
        it('renders the embedded health tips', () => {
          const shown = facts.healthTips.filter((tip) => tip.box.visible).map((tip) => tip.id)
          expect(shown.sort()).toEqual([...(spec.healthTips ?? [])].sort())
        })
      }

      it('has JSON-LD in the head that parses and names the condition', () => {
        expect(jsonLdProblems(facts, spec.condition)).toEqual([])
      })

      if (spec.review) {
        it('shows the review byline, and its JSON-LD says the same review date', () => {
          expect(reviewProblems(facts)).toEqual([])
        })
      }

      if (spec.foldable) {
        it('opens a folded callout on click', async () => {
          // Pin the element by position: a `:not([open])` locator would stop matching once it opens.
          const index = await opened.page
            .locator('details.notice')
            .evaluateAll((all) => all.findIndex((element) => !element.hasAttribute('open')))
          expect(index, 'a closed foldable callout').toBeGreaterThanOrEqual(0)
          const details = opened.page.locator('details.notice').nth(index)
          const content = details.locator(':scope > :not(summary)')
          expect(await content.count()).toBeGreaterThan(0)
          for (const part of await content.all()) expect(await part.isVisible()).toBe(false)
          await details.locator(':scope > summary').click()
          expect(await details.evaluate((element) => element.hasAttribute('open'))).toBe(true)
          for (const part of await content.all()) expect(await part.isVisible()).toBe(true)
        })
      }

      it('has no serious or critical axe-core violation', async () => {
        expect(await findSeriousViolations(opened.page)).toEqual([])
      })

      // The plugin's and the pages' styles switch colours under `prefers-color-scheme: dark`.
      // Reloaded, because some sites (Docusaurus) read the preference only when the page loads.
      it('has no serious or critical axe-core violation in dark mode', async () => {
        await showColorScheme(opened.page, 'dark')
        try {
          expect(await findSeriousViolations(opened.page)).toEqual([])
        } finally {
          await showColorScheme(opened.page, 'light')
        }
      })

      if (spec.callouts.length > 0 && spec.stylesheet !== false) {
        // The stylesheet writes each colour once and switches light and dark
        // with custom properties: the OS setting, overridden by data-theme.
        it('switches callout colours with the colour scheme and with data-theme', async () => {
          const { page } = opened
          const root = page.locator('html')
          const theme = await root.getAttribute('data-theme')
          const background = () =>
            page
              // A callout box: an author's own disclosure paragraph also
              // carries `data-notice`, but has no box to colour.
              .locator('.notice[data-notice]')
              .first()
              .evaluate((element) => getComputedStyle(element).backgroundColor)
          const setTheme = (value) =>
            root.evaluate((element, next) => {
              if (next === null) element.removeAttribute('data-theme')
              else element.setAttribute('data-theme', next)
            }, value)
          // A framework may answer a colour-scheme change by setting
          // data-theme itself, a moment later (Docusaurus does): the theme
          // is set again until the colour shows, so that answer cannot race
          // the check, while a stylesheet that ignores data-theme still fails.
          const backgroundWith = async (value) => {
            await setTheme(value)
            return background()
          }
          try {
            await setTheme(null)
            const light = await background()
            await page.emulateMedia({ colorScheme: 'dark' })
            const dark = await background()
            expect(dark).not.toBe(light)
            await expect.poll(() => backgroundWith('light'), { timeout: 30_000 }).toBe(light)
            await page.emulateMedia({ colorScheme: 'light' })
            await expect.poll(() => backgroundWith('dark'), { timeout: 30_000 }).toBe(dark)
          } finally {
            await page.emulateMedia({ colorScheme: 'light' })
            await setTheme(theme)
          }
        })
      }

      it('writes a full-page screenshot', async () => {
        await mkdir(site.artifacts, { recursive: true })
        const file = join(site.artifacts, `${spec.name}.png`)
        await writeFile(file, await opened.page.screenshot({ fullPage: true }))
        const png = await readFile(file)
        expect(png.subarray(1, 4).toString()).toBe('PNG')
      })

      it('logs no console error, page error or failed request', () => {
        expect(opened.errors).toEqual([])
      })
    })
  }
}

/**
 * Reload the page under a colour scheme and wait until it has settled.
 *
 * @param {import('playwright-core').Page} page
 * @param {'light' | 'dark'} colorScheme
 */
async function showColorScheme(page, colorScheme) {
  await page.emulateMedia({ colorScheme })
  await page.reload({ waitUntil: 'networkidle' })
  await settle(page)
}
