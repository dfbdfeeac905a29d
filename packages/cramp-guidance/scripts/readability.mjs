// `npm run readability`: how easy the English reader-facing text is to read,
// as Flesch reading ease (0-100, higher is easier; 60-70 is plain English).
// Prints the average and the hardest text for tip summaries, tip bodies and
// red flags. test/readability.test.ts runs the same measurement and holds
// each group to an average of at least 65 with no text below 50.
//
// Syllables come from `syllable` and the formula from `flesch` (both from the
// words collective). Sentences end at `.`, `!`, `?` or `:` followed by a
// space, or at a line break (list items); Markdown marks are removed first.
import { readFileSync } from 'node:fs'
import { flesch } from 'flesch'
import { syllable } from 'syllable'

/** Markdown as the words a reader sees: no emphasis marks, list bullets or link targets. */
function plain(markdown) {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
}

/**
 * Flesch reading ease of one English text.
 *
 * @param {string} text plain text or Markdown
 * @returns {number}
 */
export function readingEase(text) {
  const clean = plain(text)
  const sentences = clean.split(/(?<=[.!?:;])\s+|\n+/).filter((part) => /\p{L}/u.test(part))
  const words = clean.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0)
  return flesch({ sentence: sentences.length, word: words.length, syllable: syllables })
}

/**
 * @typedef {{ average: number, hardest: { id: string, score: number } }} GroupScore
 * @typedef {{ summaries: GroupScore, bodies: GroupScore, redFlags: GroupScore }} ReadabilityReport
 */

/** @param {Array<[string, string]>} texts id and text */
function score(texts) {
  const scores = texts.map(([id, text]) => ({ id, score: readingEase(text) }))
  const average = scores.reduce((sum, entry) => sum + entry.score, 0) / scores.length
  const hardest = scores.reduce((low, entry) => (entry.score < low.score ? entry : low))
  return { average, hardest }
}

/**
 * Flesch reading ease of a guidance set's reader-facing text, per group.
 *
 * @param {{ tips: ReadonlyArray<{ id: string, summary: string, body: string }>, redFlags: ReadonlyArray<{ id: string, symptom: string, action: string }> }} set
 * @returns {ReadabilityReport}
 */
export function readabilityReport(set) {
  return {
    summaries: score(set.tips.map((tip) => [tip.id, tip.summary])),
    bodies: score(set.tips.map((tip) => [tip.id, tip.body])),
    redFlags: score(set.redFlags.map((flag) => [flag.id, `${flag.symptom} ${flag.action}`])),
  }
}

/** @param {ReadabilityReport} report */
export function formatReport(report) {
  return Object.entries(report)
    .map(
      ([group, { average, hardest }]) =>
        `${group.padEnd(10)} average ${average.toFixed(1)}  hardest ${hardest.score.toFixed(1)} (${hardest.id})`,
    )
    .join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = JSON.parse(readFileSync(new URL('../data/en.json', import.meta.url), 'utf8'))
  console.log(
    `Flesch reading ease of data/en.json (higher is easier)\n${formatReport(readabilityReport(set))}`,
  )
}
