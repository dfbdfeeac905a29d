import leven from 'leven'

/**
 * The candidates close enough to `word` to be what was meant, closest first:
 * at most two edits or a third of the longer word's letters, and fewer edits
 * than the shorter word has letters. So `titel` finds `title`, `warnign`
 * finds `warning`, and nonsense finds nothing.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = word.toLowerCase()
  return [...candidates]
    .map((candidate) => ({ candidate, distance: leven(lower, candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => {
      const longer = Math.max(lower.length, candidate.length)
      const shorter = Math.min(lower.length, candidate.length)
      return distance <= Math.max(2, Math.floor(longer / 3)) && distance < shorter
    })
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate)
}

/** `, did you mean "x"?` (or `"x" or "y"`), or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const found = closest(word, candidates)
  return found.length === 0
    ? ''
    : `, did you mean ${found.map((candidate) => `"${candidate}"`).join(' or ')}?`
}
