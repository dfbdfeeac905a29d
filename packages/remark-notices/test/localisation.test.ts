import { describe, expect, it } from 'vitest'
import type { Options } from '../src/index'
import { renderHtml } from './helpers/pipeline'
import { guidanceSet } from './helpers/tips'

const AMAZON = '[a](https://amzn.to/a)\n'

/** The rule ids and reasons of `missing-translation` messages. */
async function untranslated(markdown: string, options: Options) {
  const { file, html } = await renderHtml(markdown, options)
  const messages = file.messages.filter((message) => message.ruleId === 'missing-translation')
  return { html, reasons: messages.map((message) => message.reason), messages }
}

describe('one localisation rule', () => {
  it('uses the user text for the locale, with no warning', async () => {
    const { html, reasons } = await untranslated(AMAZON, {
      locale: 'de',
      disclaimer: { text: { de: 'Keine Beratung.' } },
      affiliate: { text: { de: 'Werbung hier.' } },
      types: { warning: { title: { de: 'Achtung!' } } },
    })
    expect(html).toContain('Keine Beratung.')
    expect(html).toContain('Werbung hier.')
    expect(reasons).toEqual([])
  })

  it('treats one string as the text for every locale', async () => {
    const { html, reasons } = await untranslated('> [!WARNING]\n> x\n', {
      locale: 'fr',
      types: { warning: { title: 'Careful' } },
    })
    expect(html).toContain('Careful')
    expect(reasons).toEqual([])
  })

  it('falls back to the built-in disclosure for the locale and warns', async () => {
    const { html, messages } = await untranslated(AMAZON, {
      locale: 'de',
      affiliate: { text: { en: 'Ads.' } },
    })
    expect(html).toContain('Diese Seite enthält Affiliate-Links')
    expect(html).not.toContain('Ads.')
    expect(messages.map((message) => message.reason)).toEqual([
      '`affiliate.text` has no text for locale "de", so the built-in text is used: add a `de` entry or give one string for every locale',
    ])
    expect(messages[0]?.source).toBe('healthmark')
    expect(messages[0]?.url).toBe(
      'https://github.com/healthmark/healthmark/tree/main/packages/remark-notices#missing-translation',
    )
  })

  it('falls back to the built-in disclaimer for the locale and warns (it used the English text)', async () => {
    const { html, reasons } = await untranslated('# T\n', {
      locale: 'de',
      disclaimer: { text: { en: 'Not advice.' } },
    })
    expect(html).toContain('Dieser Artikel bietet allgemeine Informationen')
    expect(html).not.toContain('Not advice.')
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/^`disclaimer.text` has no text for locale "de"/)
  })

  it('falls back to the built-in title of a built-in type and warns once per file', async () => {
    const { html, messages } = await untranslated('> [!WARNING]\n> a\n\n> [!WARNING]\n> b\n', {
      locale: 'es',
      types: { warning: { title: { en: 'Careful' } } },
    })
    expect(html).toContain('Advertencia')
    expect(html).not.toContain('Careful')
    expect(messages.map((message) => message.reason)).toEqual([
      '`types.warning.title` has no text for locale "es", so the built-in text is used: add a `es` entry or give one string for every locale',
    ])
    expect(messages[0]?.place).toMatchObject({ start: { line: 1 } })
  })

  it('falls back to the type name of a custom type and warns', async () => {
    const { html, reasons } = await untranslated('> [!contra-indication]\n> x\n', {
      locale: 'de',
      types: { 'contra-indication': { title: { en: 'Do not use if' } } },
    })
    expect(html).toContain('Contra indication')
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(
      /^`types\["contra-indication"\].title`|^`types.contra-indication.title`/,
    )
  })

  it('does not warn when the author writes the title', async () => {
    const { reasons } = await untranslated('> [!WARNING] Mine\n> x\n', {
      locale: 'de',
      types: { warning: { title: { en: 'Careful' } } },
    })
    expect(reasons).toEqual([])
  })

  it('warns about the title of an inserted notice', async () => {
    const { html, reasons } = await untranslated(AMAZON, {
      locale: 'fr',
      types: { 'affiliate-disclosure': { title: { de: 'Anzeige' } } },
    })
    expect(html).toContain('Liens affiliés')
    expect(reasons).toEqual([
      '`types["affiliate-disclosure"].title` has no text for locale "fr", so the built-in text is used: add a `fr` entry or give one string for every locale',
    ])
  })

  it('takes tip labels and evidence words from the locale', async () => {
    const tips = guidanceSet(['dehnen'], 'de', 'moderate')
    const { html, reasons } = await untranslated('::health-tip{id="dehnen"}\n', {
      locale: 'de',
      tips,
    })
    expect(html).toContain('Wissensstand: Einige Belege')
    expect(html).toContain('Quellen: ')
    expect(reasons).toEqual([])
  })

  it('picks Amazon’s statement by storefront whatever the locale', async () => {
    const { html, reasons } = await untranslated('[a](https://www.amazon.de/dp/1?tag=x-21)\n', {
      locale: 'en',
    })
    expect(html).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
    expect(reasons).toEqual([])
  })
})
