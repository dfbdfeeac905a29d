import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Locale } from '../common/constants'
import { report } from '../common/messages'
import type { ClaimMatcher } from './compile'
import { CLAIM_CUES } from './cues'
import { findClaim } from './match'
import { proseSentences } from './prose'

/**
 * `unsupported-claim`: every sentence of the article's prose that repeats a
 * misconception one of the tips corrects. The message names the tip and
 * suggests embedding it; `expected` holds the directive to add.
 */
export function checkClaims(
  tree: Root,
  file: VFile,
  matchers: readonly ClaimMatcher[],
  locale: Locale,
): void {
  for (const sentence of proseSentences(tree, locale)) {
    const matcher = findClaim(sentence.text, matchers, CLAIM_CUES[locale])
    if (!matcher) continue
    const directive = `::health-tip{id="${matcher.tipId}"}`
    const message = report(
      file,
      `This sentence repeats a claim that the tip "${matcher.tipId}" (${matcher.tipTitle}) corrects: rewrite it, or add \`${directive}\` next to it`,
      'unsupported-claim',
      { type: 'sentence', ...(sentence.place && { position: sentence.place }) },
    )
    message.actual = sentence.text
    message.expected = [directive]
  }
}
