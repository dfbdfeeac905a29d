import { mkdir, writeFile } from 'node:fs/promises'
import { browseSite, defineExample, describeSite, guidePages } from '@healthmark/browser-kit'
import { availableLocales, evidenceLabel, getGuidance, getTip } from '@healthmark/cramp-guidance'
import { describe, expect, it } from 'vitest'

const site = defineExample({
  root: new URL('..', import.meta.url),
  output: 'dist',
  inputs: ['article.md', 'render.mjs', 'lib'],
})

describeSite(site, [
  {
    name: 'article',
    path: '/',
    networks: ['amazon', 'awin'],
    callouts: ['medical-disclaimer', 'affiliate-disclosure', 'warning', 'tip', 'see-doctor'],
    disclaimer: true,
    foldable: true,
    healthTips: site.tipIds('article.md'),
    review: true,
  },
  ...guidePages((locale) => `/guide-${locale}.html`),
])

// What the dataset puts on the guide pages, proved in the browser and kept as
// screenshots: one tip with its evidence badge, and the red-flag list.
describe('the dataset on the guide pages', () => {
  /** A myth: its badge must say the evidence is against the popular claim. */
  const TIP = 'magnesium-for-night-cramps'
  const served = browseSite(site)

  it.each(availableLocales)(
    'guide-%s shows the emergency red flag first and a myth with its badge (screenshots)',
    async (locale) => {
      const { page } = await served.open(`/guide-${locale}.html`)
      try {
        const [emergency] = getGuidance(locale).redFlags.filter((f) => f.urgency === 'emergency')
        const callouts = page.locator('[data-notice="emergency"], [data-notice="see-doctor"]')
        const first = callouts.first()
        expect(await first.getAttribute('data-notice')).toBe('emergency')
        expect(await first.innerText()).toContain(emergency?.symptom)

        const tip = getTip(TIP, locale)
        const heading = page.locator('h3', { hasText: tip?.title ?? '' })
        const section = await heading.evaluate((h3) => {
          // The tip is the heading and what follows it up to the next heading.
          const parts = [h3]
          for (let next = h3.nextElementSibling; next && !/^H[1-3]$/.test(next.tagName); ) {
            parts.push(next)
            next = next.nextElementSibling
          }
          return { text: parts.map((part) => part.textContent).join('\n'), boxes: parts.map(box) }

          function box(element: Element) {
            const { x, y, width, height } = element.getBoundingClientRect()
            return { x, y: y + window.scrollY, width, height }
          }
        })
        const badge = evidenceLabel(tip as NonNullable<typeof tip>, locale)
        expect(section.text).toContain(badge)
        expect(section.text).not.toMatch(/`?\b(moderate|expert-opinion)\b`?/)

        const flags = await callouts.evaluateAll((all) =>
          all.map((element) => {
            const { x, y, width, height } = element.getBoundingClientRect()
            return { x, y: y + window.scrollY, width, height }
          }),
        )
        await mkdir(site.artifacts, { recursive: true })
        for (const [name, boxes] of [
          [`guide-${locale}-tip`, section.boxes],
          [`guide-${locale}-red-flags`, flags],
        ] as const) {
          const png = await page.screenshot({ fullPage: true, clip: union(boxes) })
          await writeFile(`${site.artifacts}/${name}.png`, png)
          expect(png.subarray(1, 4).toString()).toBe('PNG')
        }
      } finally {
        await page.close()
      }
    },
  )
})

/** The smallest rectangle around some boxes, with a margin. */
function union(boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>) {
  const margin = 8
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin)
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin)
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin
  return { x: left, y: top, width: right - left, height: bottom - top }
}
