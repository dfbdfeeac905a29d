import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../src/index'
import { renderHtml } from './helpers/pipeline'
import { guidanceSet } from './helpers/tips'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))

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

  it('suggest the type meant for a near miss, and none for nonsense', async () => {
    const near = await renderHtml('> [!WARNIGN]\n> body\n')
    expect(near.file.messages[0]?.reason).toBe(
      'Unknown notice type `WARNIGN` in `[!WARNIGN]`; did you mean `warning`? expected one of note, tip, important, warning, caution, abstract, todo, success, question, failure, bug, example, quote, medical, see-doctor, emergency, affiliate-disclosure (add custom types with the `types` option)',
    )
    const directive = await renderHtml(':::emergancy\nCall.\n:::\n')
    expect(directive.file.messages[0]?.reason).toMatch(/did you mean `emergency`\?/)
    const nonsense = await renderHtml('> [!QQQQ]\n> body\n')
    expect(nonsense.file.messages[0]?.reason).not.toMatch(/did you mean/)
  })

  it('renders every type Obsidian documents, with its aliases, and suggests for a near miss', async () => {
    const obsidian: Record<string, string> = {
      note: 'note',
      abstract: 'abstract',
      summary: 'abstract',
      tldr: 'abstract',
      info: 'note',
      todo: 'todo',
      tip: 'tip',
      hint: 'tip',
      important: 'important',
      success: 'success',
      check: 'success',
      done: 'success',
      question: 'question',
      help: 'question',
      faq: 'question',
      warning: 'warning',
      caution: 'caution',
      attention: 'warning',
      failure: 'failure',
      fail: 'failure',
      missing: 'failure',
      danger: 'caution',
      error: 'caution',
      bug: 'bug',
      example: 'example',
      quote: 'quote',
      cite: 'quote',
    }
    for (const [marker, type] of Object.entries(obsidian)) {
      const { file, html } = await renderHtml(`> [!${marker}]\n> body\n`)
      expect(file.messages).toEqual([])
      expect(html).toContain(`notice-${type}`)
      expect(html).not.toContain('[!')
    }
    // An alias never turns a generic warning into "get emergency help now".
    expect((await renderHtml('> [!danger]\n> x\n')).html).not.toContain('emergency')
    const near = await renderHtml('> [!exampel]\n> body\n')
    expect(near.file.messages[0]?.ruleId).toBe('unknown-notice-type')
    expect(near.file.messages[0]?.reason).toMatch(/did you mean `example`\?/)
  })

  it('names the closest tip ids for an unknown id', async () => {
    const tips = guidanceSet(['stretch-calf', 'stretch-thigh', 'drink-water', 'warm-up'])
    const { file, html } = await renderHtml('::health-tip{id="strech-calf"}\n', { tips })
    expect(file.messages[0]?.ruleId).toBe('unknown-tip-id')
    // Only ids close enough to be what was meant are named.
    expect(file.messages[0]?.reason).toMatch(
      /^Unknown tip id "strech-calf" in `::health-tip`; did you mean "stretch-calf"\?$/,
    )
    expect(html).toBe('<p>::health-tip{id="strech-calf"}</p>')
    const nonsense = await renderHtml('::health-tip{id="qqqqqq"}\n', { tips })
    expect(nonsense.file.messages[0]?.reason).toBe(
      'Unknown tip id "qqqqqq" in `::health-tip`; no known id is close (4 tips loaded)',
    )
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

  it('lists exactly the rule ids the source emits', () => {
    // Every id in RULE_IDS is reported somewhere outside the list itself (the
    // RuleId type already refuses ids that are not in it).
    const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && path !== join('common', 'constants.ts'))
      .map((path) => readFileSync(join(srcDir, path), 'utf8'))
      .join('\n')
    const unused = RULE_IDS.filter((ruleId) => !sources.includes(`'${ruleId}'`))
    expect(unused).toEqual([])
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
  })
})
