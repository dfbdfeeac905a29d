import { describe, expect, it } from 'vitest'
import { footnoteOptions } from '../src/index'

describe('footnoteOptions', () => {
  it('names the footnotes "Sources" in English, with numbered back links', () => {
    const options = footnoteOptions('en')
    expect(options.footnoteLabel).toBe('Sources')
    expect(options.footnoteLabelProperties).toEqual({})
    expect(options.footnoteBackLabel(0, 1)).toBe('Back to reference 1')
    // A source cited a second and third time: remark-rehype shows "2-2", "2-3".
    expect(options.footnoteBackLabel(1, 2)).toBe('Back to reference 2-2')
    expect(options.footnoteBackLabel(1, 3)).toBe('Back to reference 2-3')
  })

  it('speaks German for de and its regional tags', () => {
    for (const locale of ['de', 'de-AT']) {
      const options = footnoteOptions(locale)
      expect(options.footnoteLabel).toBe('Quellen')
      expect(options.footnoteBackLabel(2, 1)).toBe('Zurück zum Verweis 3')
    }
  })

  it('falls back to English for other languages, as toMarkdown does', () => {
    expect(footnoteOptions('fr').footnoteLabel).toBe('Sources')
  })
})
