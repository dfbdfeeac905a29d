/**
 * The yardstick for affiliate detection on real pages: recall and precision
 * of `rel="sponsored"` in the final HTML, per link form, and disclosure per
 * page. The targets are the project's; the figures are printed every run.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from './corpus'
import { explanation, FORMS, formatReport, measure, recall } from './measure'

const corpus = loadCorpus()
const report = await measure(corpus)
console.log(formatReport(report, corpus.length))

describe('the real-world corpus', () => {
  it('holds at least 200 pages with affiliate links from at least 15 sites', () => {
    const withAffiliate = report.pages.filter((page) => page.affiliateLinks > 0)
    expect(withAffiliate.length).toBeGreaterThanOrEqual(200)
    expect(new Set(withAffiliate.map((page) => page.site)).size).toBeGreaterThanOrEqual(15)
  })

  it('finds every fixture link in the rendered HTML, in page order', () => {
    expect(report.pages.filter((page) => page.unmatched.length > 0)).toEqual([])
  })
})

describe('affiliate detection on real pages', () => {
  // A form the corpus has no affiliate link in (MDX so far) has nothing to measure.
  for (const form of FORMS.filter((form) => report.byForm[form].affiliate > 0)) {
    it(`marks at least 97 % of affiliate links written as ${form}`, () => {
      expect(recall(report.byForm[form])).toBeGreaterThanOrEqual(0.97)
    })
  }

  it('says why each affiliate link it leaves unmarked could not be marked', () => {
    const unexplained = report.pages.flatMap((page) =>
      page.missed
        .filter((link) => explanation(page, link) === undefined)
        .map((link) => `${page.site}:${page.path} ${link.href}`),
    )
    expect(unexplained).toEqual([])
  })

  it('marks no link that is not an affiliate link', () => {
    const wrong = FORMS.flatMap((form) =>
      report.byForm[form].wronglyMarked.map((link) => link.href),
    )
    expect(wrong).toEqual([])
  })

  it('discloses every page that has an affiliate link', () => {
    const undisclosed = report.pages
      .filter((page) => page.affiliateLinks > 0 && !page.disclosed)
      .map((page) => `${page.site}:${page.path} (${page.disclosure})`)
    expect(undisclosed).toEqual([])
  })

  it('never takes a sentence about affiliate links for a disclosure', () => {
    expect(
      report.pages.filter((page) => page.mentionTakenForDisclosure).map((page) => page.path),
    ).toEqual([])
  })
})
