import type { ClaimMatcher } from './compile'
import type { ClaimCues } from './cues'

// Where one clause ends and the next begins: punctuation, dashes, and the
// contrastive words that can turn a correction into a claim ("…, but tonic
// water helps").
const CLAUSE_BREAK =
  /[,;:()–—]|\s-\s|\s(?:but|however|yet|aber|doch|jedoch|sondern|pero|sin embargo|mais|cependant)\s/giu

// A quotation: the claim is someone else's words, named to be corrected
// ("**"Pickle juice stops a cramp."** One small study …"). Straight, curly,
// German and French quotation marks; not single quotes, which are apostrophes.
const QUOTED = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«/gu

/**
 * The tip whose misconception `sentence` repeats, if any: a pattern matches
 * outside quotation marks, and neither the sentence (a myth being named as
 * one) nor the clause the match sits in (a negation, a report of what others
 * believe) says it is not so. When several tips match, the claim that starts first wins: it is
 * the sentence's subject ("tonic water stops cramps" is about tonic water,
 * not about water).
 */
export function findClaim(
  sentence: string,
  matchers: readonly ClaimMatcher[],
  cues: ClaimCues,
): ClaimMatcher | undefined {
  if (cues.sentence.test(sentence)) return undefined
  let found: { matcher: ClaimMatcher; start: number } | undefined
  for (const matcher of matchers) {
    for (const pattern of matcher.patterns) {
      const match = pattern.exec(sentence)
      if (!match || (found && found.start <= match.index)) continue
      if (isQuoted(sentence, match.index)) continue
      if (!cues.clause.test(clauseAround(sentence, match.index, match[0].length))) {
        found = { matcher, start: match.index }
      }
    }
  }
  return found?.matcher
}

function isQuoted(sentence: string, offset: number): boolean {
  for (const quote of sentence.matchAll(QUOTED)) {
    if (quote.index <= offset && offset < quote.index + quote[0].length) return true
  }
  return false
}

/** The clause (or clauses) of `sentence` that a match from `start` spans. */
function clauseAround(sentence: string, start: number, length: number): string {
  let from = 0
  let to = sentence.length
  for (const separator of sentence.matchAll(CLAUSE_BREAK)) {
    const at = separator.index
    if (at + separator[0].length <= start) from = at + separator[0].length
    else if (at >= start + length) {
      to = at
      break
    }
  }
  return sentence.slice(from, to)
}
