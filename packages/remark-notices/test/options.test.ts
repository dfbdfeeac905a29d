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
    expect(error.message).toMatch(/`position` must be one of/)
  })
})
