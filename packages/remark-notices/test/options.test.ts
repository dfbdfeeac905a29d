import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkNotices, { NoticeOptionsError, type Options } from '../src/index'

/** Attach the plugin with options and return what it throws. */
function attachError(options: unknown): NoticeOptionsError {
  try {
    unified()
      .use(remarkParse)
      .use(remarkNotices, options as Options)
      .freeze()
  } catch (error) {
    if (error instanceof NoticeOptionsError) return error
    throw error
  }
  throw new Error('expected the options to be rejected')
}

describe('options', () => {
  it('accepts no options, null and an empty object', () => {
    for (const options of [undefined, null, {}]) {
      expect(() => unified().use(remarkParse).use(remarkNotices, options).freeze()).not.toThrow()
    }
  })

  it('throws a TypeError naming a bad disclaimer position', () => {
    const error = attachError({ disclaimer: 'middle' })
    expect(error).toBeInstanceOf(TypeError)
    expect(error.name).toBe('NoticeOptionsError')
    expect(error.issues).toEqual([
      {
        path: ['disclaimer'],
        expected: 'false, "top", "bottom" or { position, text }',
        message: 'expected false, "top", "bottom" or { position, text }, got "middle"',
      },
    ])
    expect(error.message).toContain('disclaimer: expected false, "top", "bottom"')
  })

  it('names the nested path of a bad disclaimer object', () => {
    const error = attachError({ disclaimer: { position: 'middle' } })
    expect(error.issues[0]?.path).toEqual(['disclaimer', 'position'])
    expect(error.issues[0]?.message).toBe('expected "top" or "bottom", got "middle"')
  })

  it('lists every problem at once', () => {
    const error = attachError({ locale: 'xx', icons: 'yes', colour: 'red' })
    const paths = error.issues.map((issue) => issue.path.join('.'))
    expect(paths.sort()).toEqual(['colour', 'icons', 'locale'])
    expect(error.message).toMatch(/locale: expected one of "en", "de", "es", "fr", got "xx"/)
    expect(error.message).toMatch(/icons: expected a boolean, got "yes"/)
    expect(error.message).toMatch(/colour: unknown option/)
  })

  it('rejects a type name that is not lowercase', () => {
    const error = attachError({ types: { Contra: { title: 'X' } } })
    expect(error.issues[0]?.path).toEqual(['types', 'Contra'])
    expect(error.issues[0]?.message).toMatch(/lowercase type name/)
  })

  it('rejects an unknown icon and alias names with upper case', () => {
    const error = attachError({ types: { contra: { icon: 'skull', aliases: ['X'] } } })
    const paths = error.issues.map((issue) => issue.path.join('.'))
    expect(paths).toContain('types.contra.icon')
    expect(paths).toContain('types.contra.aliases.0')
  })

  it('rejects tips that are not guidance sets, naming the field', () => {
    const error = attachError({ tips: { id: 'x' } })
    expect(error.issues.some((issue) => issue.path[0] === 'tips')).toBe(true)
    expect(error.message).toMatch(/tips/)
  })

  it('rejects a non-object', () => {
    const error = attachError('en')
    expect(error.issues[0]?.path).toEqual([])
    expect(error.message).toMatch(/options: expected an options object/)
  })

  it('validates affiliate options by name', () => {
    const error = attachError({ affiliate: { position: 'middle' } })
    expect(error.message).toMatch(/affiliate.position/)
    expect(error.message).toMatch(/expected one of "top", "before-first-link", "bottom", "both"/)
  })

  it('carries the first problem as `path` and `expected`, both named in the message', () => {
    const error = attachError({ disclaimer: { position: 'middle' } })
    expect(error.path).toEqual(['disclaimer', 'position'])
    expect(error.expected).toBe('"top" or "bottom"')
    expect(error.message).toBe(
      'Invalid remark-notices options:\n  - disclaimer.position: expected "top" or "bottom", got "middle"',
    )
  })

  it('words unknown keys the same at every depth, with a suggestion when one is close', () => {
    expect(attachError({ locael: 'de' }).issues[0]).toEqual({
      path: ['locael'],
      expected:
        'one of "locale", "types", "icons", "disclaimer", "tips", "affiliate", "review", "jsonLd", "claims"',
      message: 'unknown option, did you mean "locale"?',
    })
    expect(attachError({ affiliate: { positon: 'top' } }).message).toContain(
      'affiliate.positon: unknown option, did you mean "position"?',
    )
    expect(attachError({ disclaimer: { txt: 'x' } }).message).toContain(
      'disclaimer.txt: unknown option, did you mean "text"?',
    )
    expect(attachError({ types: { contra: { titel: 'x' } } }).message).toContain(
      'types.contra.titel: unknown option, did you mean "title"?',
    )
    expect(
      attachError({ affiliate: { matchers: [{ network: 'x', hots: 'a.example' }] } }).message,
    ).toContain('affiliate.matchers[0].hots: unknown option, did you mean "host"?')
    // Nonsense gets the list of what is allowed instead of a guess.
    const nonsense = attachError({ affiliate: { zzzzzz: 1 } })
    expect(nonsense.message).toContain(
      'affiliate.zzzzzz: unknown option; expected one of "position", "text", "siteName"',
    )
    expect(nonsense.message).not.toMatch(/did you mean/)
  })

  it('says what a bad affiliate value is in the same words as the others', () => {
    expect(attachError({ affiliate: { insert: 'no' } }).message).toContain(
      'affiliate.insert: expected true or false, got "no"',
    )
    expect(attachError({ affiliate: { matchers: ['https://x.example/'] } }).message).toContain(
      'affiliate.matchers[0]: expected a host name such as "go.example.com", got "https://x.example/"',
    )
    expect(attachError({ affiliate: true }).message).toContain(
      'affiliate: expected false or an options object, got true',
    )
    expect(attachError({ affiliate: { text: { de: ' ' } } }).message).toContain(
      'affiliate.text.de: expected Markdown text, not an empty string',
    )
  })
})
