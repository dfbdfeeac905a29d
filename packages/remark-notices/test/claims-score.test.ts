/**
 * `unsupported-claim` on the labelled sentences, scored by
 * scripts/claims-score.mjs through the built plugin with the cramp-guidance
 * patterns. docs/remark-notices/linting.md records the figures it prints.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))

interface LabelledSentence {
  locale: string
  text: string
  kind: string
  tip: string | null
}

describe('unsupported-claim on the labelled sentences', () => {
  const sentences = JSON.parse(
    readFileSync(new URL('claims/labelled-sentences.json', import.meta.url), 'utf8'),
  ) as LabelledSentence[]

  it('is a set of at least 100 sentences in en and de, half of them not claims', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(100)
    for (const locale of ['en', 'de']) {
      expect(sentences.filter((sentence) => sentence.locale === locale).length).toBeGreaterThan(40)
    }
    const notClaims = sentences.filter((sentence) => sentence.tip === null)
    expect(notClaims.length * 2).toBeGreaterThanOrEqual(sentences.length - 1)
    expect(new Set(notClaims.map((sentence) => sentence.kind))).toEqual(
      new Set(['correction', 'negation', 'look-alike']),
    )
    expect(new Set(sentences.map((sentence) => sentence.text)).size).toBe(sentences.length)
  })

  it('reaches at least 95 % precision and 80 % recall, as the script prints', () => {
    const output = execFileSync(process.execPath, ['scripts/claims-score.mjs'], {
      cwd: packageDir,
      encoding: 'utf8',
    })
    const line = output.split('\n').find((row) => row.startsWith('en+de'))
    const [, precision, recall] = line?.match(/precision ([\d.]+) %\s+recall ([\d.]+) %/) ?? []
    expect(Number(precision)).toBeGreaterThanOrEqual(95)
    expect(Number(recall)).toBeGreaterThanOrEqual(80)
  })
})
