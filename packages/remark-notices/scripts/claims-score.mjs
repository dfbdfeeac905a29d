// Scores the `unsupported-claim` rule on the labelled sentences in
// test/claims/labelled-sentences.json with the patterns that
// @healthmark/cramp-guidance attaches to its tips: each sentence is run as a
// one-line document through the built plugin, exactly as a site would run it.
// Prints precision and recall per locale and overall, then every miss.
//
//   node scripts/claims-score.mjs        (after `npm run build`)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getGuidance } from '@healthmark/cramp-guidance'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import remarkNotices from '../dist/index.js'

/**
 * @typedef LabelledSentence
 * @property {'en' | 'de'} locale
 * @property {string} text
 * @property {'claim' | 'correction' | 'negation' | 'look-alike'} kind
 * @property {string | null} tip
 *   The tip whose misconception the sentence repeats; `null` when it repeats none.
 *
 * @typedef Score
 * @property {number} precision  flagged with the right tip / flagged
 * @property {number} recall     flagged with the right tip / claims
 * @property {number} sentences
 * @property {number} claims
 * @property {Array<{sentence: LabelledSentence, flagged: string | null}>} misses
 */

const labelled = /** @type {LabelledSentence[]} */ (
  JSON.parse(
    readFileSync(new URL('../test/claims/labelled-sentences.json', import.meta.url), 'utf8'),
  )
)

/**
 * The tip id an `unsupported-claim` message names for `text`, or `null`.
 *
 * @param {import('unified').Processor} processor
 * @param {string} text
 */
async function flaggedTip(processor, text) {
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  const message = file.messages.find((item) => item.ruleId === 'unsupported-claim')
  return message?.expected?.[0]?.match(/id="([^"]+)"/)?.[1] ?? null
}

/**
 * Run every labelled sentence (of `locales`) and count.
 *
 * @param {ReadonlyArray<'en' | 'de'>} [locales]
 * @returns {Promise<Score>}
 */
export async function scoreClaims(locales = ['en', 'de']) {
  let flagged = 0
  let right = 0
  let claims = 0
  const misses = []
  const rows = labelled.filter((sentence) => locales.includes(sentence.locale))
  for (const locale of locales) {
    const processor = unified()
      .use(remarkParse)
      .use(remarkNotices, { locale, tips: getGuidance(locale), affiliate: false })
    for (const sentence of rows.filter((row) => row.locale === locale)) {
      const tip = await flaggedTip(processor, sentence.text)
      if (sentence.tip !== null) claims++
      if (tip !== null) flagged++
      if (tip !== null && tip === sentence.tip) right++
      if (tip !== sentence.tip) misses.push({ sentence, flagged: tip })
    }
  }
  return {
    precision: flagged === 0 ? 1 : right / flagged,
    recall: claims === 0 ? 1 : right / claims,
    sentences: rows.length,
    claims,
    misses,
  }
}

const percent = (/** @type {number} */ value) => `${(value * 100).toFixed(1)} %`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const locales of /** @type {const} */ ([['en'], ['de'], ['en', 'de']])) {
    const score = await scoreClaims(locales)
    console.log(
      `${locales.join('+').padEnd(5)}  precision ${percent(score.precision)}  recall ${percent(score.recall)}  (${score.sentences} sentences, ${score.claims} claims)`,
    )
    if (locales.length > 1) {
      for (const { sentence, flagged } of score.misses) {
        console.log(
          `  miss [${sentence.locale}] expected ${sentence.tip ?? 'none'}, got ${flagged ?? 'none'}: ${sentence.text}`,
        )
      }
    }
  }
}
