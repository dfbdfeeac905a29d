/**
 * The raw HTML scan is linear: doubling an adversarial HTML block at most
 * about doubles the time. Ratios of times measured in the same run, never a
 * wall-clock limit, so a busy machine slows both sides alike.
 */
import { describe, expect, it } from 'vitest'
import { rawHtmlAnchors } from '../src/affiliate/html'

/** One affiliate tag, then `<a ` repeated without `>`: quadratic for a tag regex. */
const adversarial = (size: number) =>
  `<div><a href="https://amzn.to/x">x</a>${'<a '.repeat(Math.ceil(size / 3))}</div>`
/** Many complete affiliate tags. */
const manyTags = (size: number) =>
  `<p>${'<a class="x" href="https://amzn.to/x">x</a> '.repeat(Math.ceil(size / 44))}</p>`

/** The fastest of several runs, which is the least disturbed by other work. */
function fastest(input: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint()
    rawHtmlAnchors(input)
    best = Math.min(best, Number(process.hrtime.bigint() - start))
  }
  return best
}

describe('raw HTML scan', () => {
  it.each([
    ['an unclosed `<a ` repeated', adversarial],
    ['many affiliate tags', manyTags],
  ])('grows linearly for %s', (_name, make) => {
    fastest(make(20_000)) // warm-up
    const ratios: number[] = []
    for (const size of [25_000, 50_000, 100_000]) {
      ratios.push(fastest(make(size * 2)) / fastest(make(size)))
    }
    // Linear: about 2 per doubling; the quadratic regex gave about 4.
    expect(Math.min(...ratios)).toBeLessThan(2.5)
  })

  it('finds the affiliate tag before the unclosed ones', () => {
    expect(rawHtmlAnchors(adversarial(300)).map((anchor) => anchor.href)).toEqual([
      'https://amzn.to/x',
    ])
  })
})
