/**
 * The raw HTML scan on adversarial input. That it grows linearly is measured
 * with the other input families in linear-time.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { PATHOLOGICAL_INPUTS } from '../fuzz/pathological.mjs'
import { rawHtmlAnchors } from '../src/affiliate/html'

const unclosed = PATHOLOGICAL_INPUTS['raw HTML: an affiliate tag, then `<a ` unclosed']

describe('raw HTML scan', () => {
  it('finds the affiliate tag before the unclosed ones', () => {
    expect(rawHtmlAnchors(unclosed?.make(100) ?? '').map((anchor) => anchor.href)).toEqual([
      'https://amzn.to/x',
    ])
  })
})
