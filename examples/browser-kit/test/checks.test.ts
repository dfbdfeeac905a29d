import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { findSeriousViolations } from '../axe.mjs'
import { browseSite } from '../browse-site.mjs'
import * as checks from '../checks.mjs'
import { collectPageFacts, type PageFacts } from '../page-facts.mjs'

// Every check must be able to fail: run them on a page that breaks each rule.
describe('the checks on a page that breaks the rules', () => {
  const site = browseSite({ directory: fileURLToPath(new URL('fixtures/bad', import.meta.url)) })
  let facts: PageFacts
  let page: Page

  beforeAll(async () => {
    page = (await site.open('/')).page
    facts = await collectPageFacts(page)
  })

  it('flags an affiliate link without sponsored and a sponsored ordinary link', () => {
    const problems = checks.affiliateLinkProblems(facts, ['amazon'])
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/amazon\.com.*rel="nofollow"/)
    expect(problems[1]).toMatch(/nhs\.uk.*rel="sponsored"/)
  })

  it('flags networks that differ from the expected ones', () => {
    expect(checks.affiliateLinkProblems(facts, ['awin']).at(-1)).toMatch(
      /networks on the page: \[amazon\]/,
    )
  })

  it('flags a disclosure that is doubled and below the link', () => {
    expect(checks.disclosureProblems(facts)).toEqual(['2 disclosures, expected exactly 1'])
    const single = { ...facts, disclosures: facts.disclosures.slice(0, 1) }
    const problems = checks.disclosureProblems(single)
    expect(problems.some((problem) => problem.includes('comes before the disclosure'))).toBe(true)
    expect(problems.some((problem) => problem.includes('below the first visible'))).toBe(true)
  })

  it('flags a missing callout type and a callout without title or name', () => {
    const problems = checks.calloutProblems(facts, ['see-doctor'])
    expect(problems).toContain('no see-doctor callout')
    expect(problems.some((problem) => problem.includes('has no visible title'))).toBe(true)
    expect(problems.some((problem) => problem.includes('has no accessible name'))).toBe(true)
  })

  it('flags two disclaimers, a hidden one, and one where none is configured', () => {
    expect(checks.disclaimerProblems(facts, true)).toEqual(['2 medical disclaimer(s), expected 1'])
    expect(checks.disclaimerProblems(facts, false)).toEqual(['2 medical disclaimer(s), expected 0'])
    const hiddenOnly = { ...facts, disclaimers: facts.disclaimers.slice(1) }
    expect(checks.disclaimerProblems(hiddenOnly, true)).toEqual(['the disclaimer is not visible'])
  })

  it('flags JSON-LD in the body, JSON-LD that does not parse and the wrong condition', () => {
    const problems = checks.jsonLdProblems(facts, 'Muscle cramps')
    expect(problems[0]).toBe('1 JSON-LD block(s) outside the head')
    expect(problems[1]).toMatch(/^JSON-LD block 1 does not parse/)
    expect(problems[2]).toMatch(/^no JSON-LD names "Muscle cramps"/)
  })

  it('flags a missing review byline, a hidden one, and one its JSON-LD does not back', () => {
    expect(checks.reviewProblems(facts)).toEqual(['0 review byline(s), expected 1'])
    const box = { top: 0, bottom: 20, visible: true }
    const review = {
      text: 'Last reviewed 1 October 2026',
      state: 'current',
      dates: ['2026-10-01'],
      box,
    }
    const shown = { ...facts, reviews: [review] }
    expect(checks.reviewProblems(shown)).toEqual([
      'no MedicalWebPage JSON-LD with lastReviewed in the head',
    ])
    const page = (lastReviewed: string) =>
      JSON.stringify({ '@type': 'MedicalWebPage', lastReviewed })
    expect(checks.reviewProblems({ ...shown, headJsonLd: [page('2026-09-01')] })).toEqual([
      'no MedicalWebPage JSON-LD says lastReviewed 2026-10-01',
    ])
    expect(checks.reviewProblems({ ...shown, headJsonLd: [page('2026-10-01')] })).toEqual([])
    const hidden = { ...review, dates: [], box: { ...box, visible: false } }
    expect(checks.reviewProblems({ ...facts, reviews: [hidden] })).toEqual([
      'the review byline is not visible',
      'the byline has no single <time datetime>',
      'no MedicalWebPage JSON-LD with lastReviewed in the head',
    ])
  })

  it('lets axe-core report a serious violation (an image without alt text)', async () => {
    const violations = await findSeriousViolations(page)
    expect(violations.map((violation) => violation.id)).toContain('image-alt')
  })
})
