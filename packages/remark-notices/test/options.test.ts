import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkNotices from '../src/index'
import { attachError } from './helpers/attach'

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
        'one of "locale", "types", "icons", "disclaimer", "tips", "affiliate", "directives", "review", "jsonLd", "claims"',
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

// Turbopack hands `@next/mdx` loader options over as JSON. Plain data
// (every fixture's options.json, tips included) survives that; a RegExp
// arrives as `{}` and a function as `null`, which must fail by name, not
// quietly match nothing.
describe('options after a JSON round trip', () => {
  it('names each affiliate matcher that JSON could not carry', () => {
    const options = {
      affiliate: {
        matchers: [
          'go.shop.example',
          { network: 'shop', host: 'links.shop.example' },
          /deals\.example/,
          (url: URL) => url.hostname === 'x.example' && 'x',
        ],
        existing: ['Anzeige', /Werbung/],
      },
    }
    const error = attachError(JSON.parse(JSON.stringify(options)))
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'affiliate.matchers.2',
        expect.stringMatching(
          /^expected a host name or \{ network, host \} \(.*JSON.*\), got object$/,
        ),
      ],
      [
        'affiliate.matchers.3',
        expect.stringMatching(
          /^expected a host name or \{ network, host \} \(.*JSON.*\), got null$/,
        ),
      ],
      [
        'affiliate.existing.1',
        expect.stringMatching(/^expected a string \(.*JSON.*\), got object$/),
      ],
    ])
    expect(error.message).toContain('Turbopack')
  })
})

describe('directives option validation', () => {
  it('accepts true, false, null and a skip list', () => {
    for (const directives of [true, false, null, undefined, { skip: [] }, { skip: ['note'] }]) {
      expect(() =>
        unified().use(remarkParse).use(remarkNotices, { directives }).freeze(),
      ).not.toThrow()
    }
  })

  it('rejects a value that is neither a boolean nor a skip list', () => {
    const error = attachError({ directives: 'no' })
    expect(error.issues).toEqual([
      {
        path: ['directives'],
        expected: 'true, false or { skip: [names] }',
        message: 'expected true, false or { skip: [names] }, got "no"',
      },
    ])
  })

  it('names the unknown entry of the skip list and says what is known', () => {
    const error = attachError({ directives: { skip: ['note', 'sidebar'] } })
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]?.path).toEqual(['directives', 'skip', 1])
    expect(error.issues[0]?.message).toBe('expected a callout type or alias, got "sidebar"')
    expect(error.issues[0]?.expected).toMatch(/^a callout type or alias \(note, tip, .*, danger, /)
    expect(error.message).toContain(
      'directives.skip[1]: expected a callout type or alias, got "sidebar"',
    )
    // A near miss says what was meant.
    expect(attachError({ directives: { skip: ['dnager'] } }).issues[0]?.message).toBe(
      'expected a callout type or alias, got "dnager", did you mean "danger"?',
    )
  })

  it('knows custom types and aliases in the skip list', () => {
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkNotices, {
          types: { contra: { aliases: ['ci'] } },
          directives: { skip: ['contra', 'ci'] },
        })
        .freeze(),
    ).not.toThrow()
  })

  it('rejects a skip list that is not an array of names, and unknown keys', () => {
    expect(attachError({ directives: { skip: 'note' } }).issues).toEqual([
      {
        path: ['directives', 'skip'],
        expected: 'an array of type names',
        message: 'expected an array of type names, got "note"',
      },
    ])
    expect(attachError({ directives: { skip: ['Note'] } }).issues[0]?.path).toEqual([
      'directives',
      'skip',
      0,
    ])
    expect(attachError({ directives: { skipp: [] } }).issues).toEqual([
      {
        path: ['directives', 'skipp'],
        expected: 'one of "skip"',
        message: 'unknown option, did you mean "skip"?',
      },
    ])
  })
})
