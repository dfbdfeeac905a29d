import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../src/index'
import { renderHtml } from './helpers/pipeline'

describe('messages', () => {
  it('carry source, ruleId, position and a link to the rule', async () => {
    const { file } = await renderHtml('Text\n\n> [!NOPE]\n> body\n', undefined, 'doc.md')
    const [message] = file.messages
    expect(file.messages).toHaveLength(1)
    expect(message?.source).toBe('healthmark')
    expect(message?.ruleId).toBe('unknown-notice-type')
    expect(message?.fatal).toBe(false)
    expect(message?.place).toEqual({
      start: { line: 3, column: 1, offset: 6 },
      end: { line: 4, column: 7, offset: 22 },
    })
    expect(message?.url).toBe(
      'https://github.com/healthmark/healthmark/tree/main/packages/remark-notices#unknown-notice-type',
    )
    expect(message?.reason).toMatch(/Unknown notice type `NOPE`/)
  })

  it('names the closest tip ids for an unknown id', async () => {
    const tips = {
      id: 'set',
      title: 'Set',
      condition: { name: 'Cramp' },
      locale: 'en',
      version: '1.0.0',
      lastReviewed: '2026-01-01',
      license: 'CC-BY-4.0',
      disclaimer: 'Not advice.',
      redFlags: [],
      tips: ['stretch-calf', 'stretch-thigh', 'drink-water', 'warm-up'].map((id) => ({
        id,
        title: id,
        summary: id,
        body: id,
        aspect: 'self-care' as const,
        evidence: {
          level: 'limited' as const,
          sources: [{ title: 'T', publisher: 'P', url: 'https://example.org/', year: 2024 }],
        },
      })),
    }
    const { file, html } = await renderHtml('::health-tip{id="strech-calf"}\n', { tips })
    expect(file.messages[0]?.ruleId).toBe('unknown-tip-id')
    // The two near misses come first; the third is whichever is next closest.
    expect(file.messages[0]?.reason).toMatch(
      /^Unknown tip id "strech-calf" in `::health-tip`; closest known ids: "stretch-calf", "stretch-thigh", "[a-z-]+"$/,
    )
    expect(html).toBe('<p>::health-tip{id="strech-calf"}</p>')
  })

  it('warns missing-disclaimer only when a care document opts out', async () => {
    const optOut = '---\nhealthmark:\n  disclaimer: false\n---\n\n> [!EMERGENCY]\n> Call 999.\n'
    expect((await renderHtml(optOut)).file.messages.map((m) => m.ruleId)).toEqual([
      'missing-disclaimer',
    ])
    const withOwn = `${optOut}\n> [!MEDICAL]\n> Not advice.\n`
    expect((await renderHtml(withOwn)).file.messages).toEqual([])
    const noCare = '---\nhealthmark:\n  disclaimer: false\n---\n\n> [!NOTE]\n> Fine.\n'
    expect((await renderHtml(noCare)).file.messages).toEqual([])
  })

  it('lists every rule id it can emit', () => {
    expect(RULE_IDS).toEqual([
      'unknown-notice-type',
      'unknown-tip-id',
      'missing-disclaimer',
      'affiliate-link-without-disclosure',
      'disclosure-after-links',
      'missing-amazon-statement',
      'raw-html-affiliate-link',
      'shortened-affiliate-link',
      'invalid-front-matter',
      'stale-review',
      'missing-review',
      'unsupported-claim',
    ])
  })
})
