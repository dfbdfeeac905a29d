import { describe, expect, it } from 'vitest'
import { formatReport, readabilityReport, readingEase } from '../scripts/readability.mjs'
import { getGuidance } from '../src/index'

describe('Flesch reading ease of the English text', () => {
  const report = readabilityReport(getGuidance('en'))

  it('prints the average and the hardest text of each group', () => {
    const printed = formatReport(report)
    console.log(`Flesch reading ease (en)\n${printed}`)
    expect(printed.split('\n')).toHaveLength(3)
  })

  it.each(Object.entries(report))('%s: at least 65 on average, none below 50', (_group, score) => {
    expect(score.average).toBeGreaterThanOrEqual(65)
    expect(score.hardest.score, score.hardest.id).toBeGreaterThanOrEqual(50)
  })

  it('scores plain words higher than reviewer prose', () => {
    const plain = 'Stretch the muscle. Rub it. It helps most people.'
    const jargon =
      'Idiopathic nocturnal cramps demonstrated heterogeneous responsiveness to pharmacological interventions.'
    expect(readingEase(plain)).toBeGreaterThan(80)
    expect(readingEase(jargon)).toBeLessThan(20)
  })
})
