import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Launch headless Chromium through playwright-core. A missing browser is a
 * failure with instructions, never a skipped test: CI must not go green
 * without having looked at a page.
 *
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian/Ubuntu: \`sudo apt-get install chromium\`) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    )
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/**
 * @typedef OpenedPage
 * @property {import('playwright-core').Page} page
 * @property {Array<string>} errors
 *   Console errors, uncaught exceptions, failed responses (status 400+) and
 *   attempts to reach another host, in the order they happened.
 */

/**
 * Open `url` in a fresh page and record everything that went wrong while it
 * loads and afterwards. Requests to other hosts are blocked and recorded: the
 * example pages must be self-contained.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<OpenedPage>}
 */
export async function openPage(browser, url) {
  const origin = new URL(url).origin
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } })
  /** @type {Array<string>} */
  const errors = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.route('**/*', (route) => {
    const target = route.request().url()
    if (target.startsWith('data:') || new URL(target).origin === origin) return route.continue()
    errors.push(`external request: ${target}`)
    return route.abort()
  })
  // Sites that hydrate (Docusaurus, Next.js) still rewrite the page after
  // `load`: React Helmet, for one, takes head tags out and puts them back.
  await page.goto(url, { waitUntil: 'networkidle' })
  await settle(page)
  return { page, errors }
}

/**
 * Wait until the page has painted twice and every finite animation and CSS
 * transition has ended, so the checks see the page as a reader does, not
 * half-way through a colour change.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<void>}
 */
export async function settle(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)))
    await frame()
    await frame()
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)))
  })
}
