import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkNotices from '../src/index'
import { attachError } from './helpers/attach'
import { renderHtml } from './helpers/pipeline'

/** Attach the plugin with options and return the first problem it names. */
function refusal(options: unknown): { path: string; message: string } {
  const error = attachError(options)
  return { path: error.path.join('.'), message: error.issues[0]?.message ?? '' }
}

// Options that would weaken what the plugin promises, each refused when
// the plugin is attached, naming the option and what was expected.
describe('options that weaken the plugin', () => {
  it('refuses whitespace-only texts', () => {
    expect(refusal({ disclaimer: { text: ' \n\t ' } })).toEqual({
      path: 'disclaimer.text',
      message: 'expected Markdown text, not an empty string, got " \\n\\t "',
    })
    expect(refusal({ types: { contra: { title: '   ' } } })).toEqual({
      path: 'types.contra.title',
      message: 'expected Markdown text, not an empty string, got "   "',
    })
  })

  it('refuses affiliate rel tokens without "sponsored"', () => {
    expect(refusal({ affiliate: { rel: ['nofollow'] } })).toEqual({
      path: 'affiliate.rel',
      message: 'expected rel tokens that include "sponsored", got an array',
    })
    expect(() =>
      unified()
        .use(remarkNotices, { affiliate: { rel: ['Sponsored'] } })
        .freeze(),
    ).not.toThrow()
  })

  it('refuses a host matcher or shortener that is a whole top-level domain', () => {
    for (const [options, path] of [
      [{ affiliate: { matchers: ['com'] } }, 'affiliate.matchers.0'],
      [{ affiliate: { matchers: [{ network: 'x', host: 'de.' }] } }, 'affiliate.matchers.0.host'],
      [{ affiliate: { shorteners: ['io'] } }, 'affiliate.shorteners.0'],
    ] as const) {
      const found = refusal(options)
      expect(found.path).toBe(path)
      expect(found.message).toMatch(/expected a host name with a domain .*not a top-level domain/)
    }
  })

  it('refuses aliases that shadow a type', () => {
    expect(refusal({ types: { contra: { aliases: ['warning'] } } })).toEqual({
      path: 'types.contra.aliases.0',
      message: 'expected an alias that is not a built-in type, got "warning"',
    })
    expect(refusal({ types: { a: {}, b: { aliases: ['ok', 'a'] } } })).toEqual({
      path: 'types.b.aliases.1',
      message: 'expected an alias that is not a type of `types`, got "a"',
    })
  })

  it('refuses reserved keys from JSON at any depth', () => {
    expect(refusal(JSON.parse('{"__proto__": {"icons": false}}'))).toEqual({
      path: '__proto__',
      message: 'reserved key "__proto__" is not an option (it would reach the object prototype)',
    })
    expect(refusal(JSON.parse('{"types": {"constructor": {"title": "x"}}}')).path).toBe(
      'types.constructor',
    )
    expect(refusal(JSON.parse('{"affiliate": {"prototype": 1}}')).path).toBe('affiliate.prototype')
  })

  it('refuses a Map or class instance where a plain object is expected', () => {
    expect(refusal(new Map([['icons', false]]))).toEqual({
      path: '',
      message: 'expected a plain object ({ … }), got a Map',
    })
    class Settings {
      position = 'top'
    }
    expect(refusal({ affiliate: new Settings() })).toEqual({
      path: 'affiliate',
      message: 'expected a plain object ({ … }), got a Settings',
    })
    expect(refusal({ types: { contra: new Map() } }).path).toBe('types.contra')
    // Objects without a prototype are plain.
    const bare = Object.assign(Object.create(null), { icons: false })
    expect(() => unified().use(remarkNotices, bare).freeze()).not.toThrow()
  })

  it('refuses RegExps that safe-regex2 flags as possibly exponential', () => {
    for (const [options, path] of [
      [{ affiliate: { matchers: [/(a+)+$/] } }, 'affiliate.matchers.0'],
      [
        { affiliate: { matchers: [{ network: 'x', pattern: /(a*)*b/ }] } },
        'affiliate.matchers.0.pattern',
      ],
      [{ affiliate: { existing: [/^(\w+\s?)*$/] } }, 'affiliate.existing.0'],
    ] as const) {
      const found = refusal(options)
      expect(found.path).toBe(path)
      expect(found.message).toMatch(/expected a RegExp without nested or overlapping repetition/)
    }
    expect(() =>
      unified()
        .use(remarkNotices, {
          affiliate: { matchers: [/partner\.example\/ref\//], existing: [/paid/] },
        })
        .freeze(),
    ).not.toThrow()
  })
})

describe('a user matcher that throws', () => {
  it('is reported as a message naming the matcher; other matchers still run', async () => {
    function broken(url: URL): string | false {
      if (url.hostname === 'boom.example') throw new Error('no network table')
      return false
    }
    const { html, file } = await renderHtml(
      '# T\n\n[a](https://boom.example/x) and [b](https://www.amazon.com/dp/B0?tag=x-20)\n',
      { affiliate: { matchers: [broken, 'boom.example'] } },
    )
    const failures = file.messages.filter((message) => message.ruleId === 'affiliate-matcher-error')
    expect(failures).toHaveLength(1)
    expect(failures[0]?.source).toBe('healthmark')
    expect(failures[0]?.reason).toContain(
      '`affiliate.matchers[0] (broken)` threw on `https://boom.example/x` (no network table)',
    )
    expect(failures[0]?.line).toBe(3)
    // The second matcher still recognised the link.
    expect(html).toContain('data-affiliate="boom.example"')
    expect(html).toContain('data-affiliate="amazon"')
  })
})
