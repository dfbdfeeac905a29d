import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** Impacts that fail a page. */
export const BLOCKING_IMPACTS = ['serious', 'critical']

/**
 * @typedef AxeFinding
 * @property {string} id
 *   axe rule id, such as `color-contrast`.
 * @property {string | null | undefined} impact
 * @property {string} help
 * @property {Array<string>} targets
 *   CSS selectors of the offending nodes.
 * @property {Array<string>} html
 *   Outer HTML of the offending nodes (shortened by axe).
 */

/**
 * Inject axe-core's own script into the page and run it (WCAG 2.x A and AA
 * plus best practices), returning the serious and critical violations in a
 * form that reads well in a failed assertion.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<AxeFinding>>}
 */
export async function findSeriousViolations(page) {
  // @ts-expect-error: `axe` is the global the injected script defines.
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined')
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    // @ts-expect-error: `axe` is the global the injected script defines.
    const results = await window.axe.run(document, { resultTypes: ['violations'] })
    return results.violations
  })
  return violations
    .filter((/** @type {{impact?: string | null}} */ violation) =>
      BLOCKING_IMPACTS.includes(violation.impact ?? ''),
    )
    .map(
      (
        /** @type {{id: string, impact?: string | null, help: string, nodes: Array<{target: Array<unknown>, html: string}>}} */ violation,
      ) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
        html: violation.nodes.map((node) => node.html),
      }),
    )
}
