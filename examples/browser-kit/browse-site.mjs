import { afterAll, beforeAll } from 'vitest'
import { launchBrowser, openPage } from './browser.mjs'
import { serveDirectory } from './serve.mjs'

/**
 * @typedef SiteSource
 * @property {string} directory
 *   The built site to serve.
 * @property {(() => Promise<void> | void) | undefined} [prepare]
 *   Build it first, if needed.
 */

/**
 * @typedef ServedSite
 * @property {(path: string) => Promise<import('./browser.mjs').OpenedPage>} open
 *   Open a path of the site in a fresh page.
 */

/**
 * Prepare and serve a site and launch Chromium before the tests of the
 * enclosing `describe` (or file), and close both after them: the set-up every
 * browser test of the examples starts with.
 *
 * @param {SiteSource} site
 * @returns {ServedSite}
 */
export function browseSite(site) {
  /** @type {import('playwright-core').Browser} */
  let browser
  /** @type {import('./serve.mjs').StaticServer} */
  let server

  beforeAll(async () => {
    await site.prepare?.()
    server = await serveDirectory(site.directory)
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  return { open: (path) => openPage(browser, server.url + path) }
}
