import type { HealthTip } from '@healthmark/schema'
import { evidenceWords, labelsFor } from './markdown/labels'

/**
 * How sure a tip is, in a reader's words and language, as `toMarkdown`
 * prints it: "Some evidence", "Based on expert guidance" … For a myth
 * (aspect `misconceptions`) the words say which way the evidence points:
 * "Some evidence against the popular claim".
 *
 * @throws {TypeError} when `tip` has no evidence level.
 */
export function evidenceLabel(tip: Pick<HealthTip, 'aspect' | 'evidence'>, locale = 'en'): string {
  if (typeof tip?.evidence?.level !== 'string') {
    throw new TypeError('evidenceLabel: argument `tip` must be a health tip with `evidence.level`')
  }
  return evidenceWords(tip, labelsFor(locale))
}
