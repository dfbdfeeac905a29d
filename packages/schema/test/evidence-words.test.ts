import { describe, expect, it } from 'vitest'
import {
  EVIDENCE_LEVELS,
  EVIDENCE_WORD_LANGUAGES,
  EVIDENCE_WORDS,
  evidenceLabel,
  evidenceWordsFor,
} from '../src/index'
import { stretchTip } from './fixtures'

const myth = { ...stretchTip, aspect: 'misconceptions' as const }

describe('evidence words', () => {
  it('puts every level into distinct words in every language, never the raw value', () => {
    for (const language of EVIDENCE_WORD_LANGUAGES) {
      const words = EVIDENCE_WORDS[language]
      for (const table of [words.levels, words.against]) {
        const values = EVIDENCE_LEVELS.map((level) => table[level])
        expect(new Set(values).size).toBe(EVIDENCE_LEVELS.length)
        for (const value of values) expect(EVIDENCE_LEVELS).not.toContain(value.toLowerCase())
      }
    }
  })

  it('labels a tip in the reader words of its language', () => {
    const tip = { ...stretchTip, evidence: { ...stretchTip.evidence, level: 'moderate' as const } }
    expect(evidenceLabel(tip)).toBe('Some evidence')
    expect(evidenceLabel(tip, 'de')).toBe('Einige Belege')
    expect(evidenceLabel(tip, 'es-MX')).toBe('Algunas pruebas')
    expect(evidenceLabel(tip, 'fr_CA')).toBe('Quelques preuves')
  })

  it("says that a myth's evidence is against the popular claim", () => {
    const moderateMyth = { ...myth, evidence: { ...myth.evidence, level: 'moderate' as const } }
    expect(evidenceLabel(moderateMyth)).toBe('Some evidence against the popular claim')
    expect(evidenceLabel(moderateMyth, 'de-AT')).toBe('Einige Belege gegen die verbreitete Annahme')
  })

  it('reads English for a language without words', () => {
    expect(evidenceWordsFor('nl-BE')).toBe(EVIDENCE_WORDS.en)
    expect(evidenceWordsFor()).toBe(EVIDENCE_WORDS.en)
    expect(evidenceWordsFor('constructor')).toBe(EVIDENCE_WORDS.en)
  })

  it('refuses something that is not a tip with an evidence level', () => {
    expect(() => evidenceLabel({} as Parameters<typeof evidenceLabel>[0])).toThrow(
      /evidenceLabel: argument `tip` must be a health tip with `evidence.level`/,
    )
    const odd = { ...stretchTip, evidence: { ...stretchTip.evidence, level: 'toString' } }
    expect(() => evidenceLabel(odd as unknown as Parameters<typeof evidenceLabel>[0])).toThrow(
      TypeError,
    )
  })
})
