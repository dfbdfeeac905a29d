import type { HealthTip } from '@healthmark/schema'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { compileClaims } from '../src/claims/compile'
import { CLAIM_CUES } from '../src/claims/cues'
import { findClaim } from '../src/claims/match'
import { proseSentences } from '../src/claims/prose'
import { NoticeOptionsError } from '../src/common/errors'
import { guidanceSetOf, healthTip } from './helpers/tips'

/** A myth tip, with claim patterns when given. */
function tip(id: string, patterns?: string[]): HealthTip {
  return healthTip(id, {
    title: `Title of ${id}`,
    aspect: 'misconceptions',
    ...(patterns && { corrects: { patterns } }),
  })
}

const set = (locale: string, tips: HealthTip[]) => guidanceSetOf(tips, locale)

describe('compileClaims', () => {
  it('keeps the tips with patterns, from sets in the locale only', () => {
    const sets = [
      set('en-GB', [tip('tonic', ['tonic water.{0,20}cramps?']), tip('plain')]),
      set('de', [tip('tonic', ['tonic.{0,20}krämpfe'])]),
    ]
    const matchers = compileClaims(sets, 'en', ['tips'])
    expect(matchers.map((matcher) => matcher.tipId)).toEqual(['tonic'])
    expect(matchers[0]?.patterns[0]?.flags).toBe('iu')
    expect(compileClaims(sets, 'fr', ['tips'])).toEqual([])
  })

  it('refuses invalid and catastrophic patterns in any set, naming their path', () => {
    const sets = [
      set('en', [tip('ok', ['fine']), tip('bad', ['(unclosed', '(a+)+$'])]),
      set('de', [tip('lookbehind', ['(?<!x)y'])]),
    ]
    let error: unknown
    try {
      compileClaims(sets, 'en', ['tips'])
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(NoticeOptionsError)
    const issues = (error as NoticeOptionsError).issues
    expect(issues.map((issue) => issue.path)).toEqual([
      ['tips', 0, 'tips', 1, 'corrects', 'patterns', 0],
      ['tips', 0, 'tips', 1, 'corrects', 'patterns', 1],
      ['tips', 1, 'tips', 0, 'corrects', 'patterns', 0],
    ])
    expect(issues[0]?.message).toContain('expected a regular expression, got "(unclosed"')
    expect(issues[1]?.message).toContain('may backtrack catastrophically')
    expect(issues[2]?.message).toContain('lookbehind')
    // One set: paths start at the set itself.
    expect(() => compileClaims([set('en', [tip('bad', ['(a*)*'])])], 'en', ['tips'])).toThrow(
      'tips.tips[0].corrects.patterns[0]',
    )
  })
})

const fromMarkdown = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown)

describe('proseSentences', () => {
  it('splits paragraphs into sentences with their place, skipping code, HTML and headings', () => {
    const tree = fromMarkdown(
      [
        '# Tonic water helps cramps',
        '',
        'First sentence. Second *one* here.',
        '',
        '```',
        'code. block.',
        '```',
        '',
        '- In a list. With `inline code`.',
        '',
        '> A plain quote.',
        '',
        '<p>Raw HTML.</p>',
        '',
        '| a table. |',
        '| --- |',
      ].join('\n'),
    )
    const sentences = proseSentences(tree, 'en')
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'First sentence.',
      'Second one here.',
      'In a list.',
      'With .',
      'A plain quote.',
    ])
    expect(sentences[1]?.place).toEqual({
      start: { line: 3, column: 17, offset: 44 },
      end: { line: 3, column: 35, offset: 62 },
    })
  })

  it('skips callouts and health tips, and generated blocks', () => {
    const tree = fromMarkdown('> Inside a callout.\n\nOutside.\n\nGenerated.')
    const [callout, , generated] = tree.children
    if (callout?.type === 'blockquote')
      callout.data = { notice: { type: 'warning', marker: 'WARNING', explicitTitle: false } }
    if (generated?.type === 'paragraph') generated.data = { hName: 'p' }
    expect(proseSentences(tree, 'en').map((sentence) => sentence.text)).toEqual(['Outside.'])
  })

  it('falls back to the text node’s own place when its source differs from its value', () => {
    const tree = fromMarkdown('A &amp; B. Then more.')
    const [first, second] = proseSentences(tree, 'en')
    expect(first?.text).toBe('A & B.')
    expect(first?.place?.start).toEqual({ line: 1, column: 1, offset: 0 })
    expect(second?.place?.end).toEqual({ line: 1, column: 22, offset: 21 })
  })
})

describe('findClaim', () => {
  const matchers = compileClaims(
    [
      set('en', [
        tip('water', ['\\bwater\\b.{0,30}\\bstops?\\b.{0,20}cramp']),
        tip('tonic', ['tonic water.{0,40}(?:helps?|stops?).{0,30}cramp']),
      ]),
    ],
    'en',
    ['tips'],
  )
  const find = (sentence: string) => findClaim(sentence, matchers, CLAIM_CUES.en)?.tipId

  it('finds a claim, preferring the one that starts first', () => {
    expect(find('Tonic water stops a cramp.')).toBe('tonic')
    expect(find('Water stops a cramp.')).toBe('water')
  })

  it('lets a negation or a report clear the clause, and a myth cue clear the sentence', () => {
    expect(find('Tonic water does not help with cramps.')).toBeUndefined()
    expect(find('Tonic water won’t help with cramps.')).toBeUndefined()
    expect(find('Some people believe tonic water helps with cramps.')).toBeUndefined()
    expect(find('It is a myth that tonic water helps with cramps.')).toBeUndefined()
    // The negation is in another clause: the claim stands.
    expect(find('Quinine is not for everyone, but tonic water helps with cramps.')).toBe('tonic')
  })

  it('has cues for every locale', () => {
    expect(CLAIM_CUES.de.clause.test('Das hilft nicht.')).toBe(true)
    expect(CLAIM_CUES.es.clause.test('Eso no ayuda.')).toBe(true)
    expect(CLAIM_CUES.fr.clause.test('Cela ne marche pas.')).toBe(true)
    expect(CLAIM_CUES.fr.sentence.test('C’est un mythe.')).toBe(true)
    expect(CLAIM_CUES.en.clause.test('Notable results.')).toBe(false)
  })
})

describe('findClaim on quotations and suppositions', () => {
  const matchers = compileClaims(
    [set('en', [tip('pickle', ['pickle juice.{0,20}stops?.{0,20}cramp'])])],
    'en',
    ['tips'],
  )
  const find = (sentence: string) => findClaim(sentence, matchers, CLAIM_CUES.en)?.tipId

  it('leaves a quoted claim alone, in any quotation marks', () => {
    expect(find('"Pickle juice stops a cramp."')).toBeUndefined()
    expect(find('Some say “pickle juice stops a cramp” in seconds.')).toBeUndefined()
    expect(find('„Pickle juice stops a cramp“')).toBeUndefined()
    expect(find('«Pickle juice stops a cramp»')).toBeUndefined()
    expect(find('Pickle juice stops a cramp, says the "coach".')).toBe('pickle')
  })

  it('leaves a supposition alone', () => {
    expect(
      find('If pickle juice were the answer, it would stop a cramp in every trial.'),
    ).toBeUndefined()
  })
})
