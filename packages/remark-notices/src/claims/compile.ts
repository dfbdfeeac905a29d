import type { GuidanceSet } from '@healthmark/schema'
import isSafeRegex from 'safe-regex2'
import type { Locale } from '../common/constants'
import { NoticeOptionsError, type OptionIssue } from '../common/errors'

const EXPECTED = 'a regular expression that cannot backtrack catastrophically'

/** The patterns of one tip that corrects a misconception. */
export interface ClaimMatcher {
  tipId: string
  tipTitle: string
  patterns: readonly RegExp[]
}

/**
 * Compile the `corrects.patterns` of every tip in the sets written in
 * `locale` (patterns only match the language they were written for). Every
 * pattern of every set is checked, whatever its language: one that is not a
 * valid regular expression, or that `safe-regex2` flags as open to
 * catastrophic backtracking, is refused here, when the plugin is set up.
 *
 * @throws {NoticeOptionsError} naming each refused pattern by its path in `tips`.
 */
export function compileClaims(
  sets: readonly GuidanceSet[],
  locale: Locale,
  path: ReadonlyArray<string | number>,
): ClaimMatcher[] {
  const issues: OptionIssue[] = []
  const matchers: ClaimMatcher[] = []
  for (const [setIndex, set] of sets.entries()) {
    const setPath = sets.length === 1 ? path : [...path, setIndex]
    const inLocale = set.locale.split('-')[0] === locale
    for (const [tipIndex, tip] of set.tips.entries()) {
      const patterns: RegExp[] = []
      for (const [index, source] of (tip.corrects?.patterns ?? []).entries()) {
        const where = [...setPath, 'tips', tipIndex, 'corrects', 'patterns', index]
        const compiled = compilePattern(source)
        if (typeof compiled === 'string')
          issues.push({ path: where, expected: EXPECTED, message: compiled })
        else patterns.push(compiled)
      }
      if (inLocale && patterns.length > 0) {
        matchers.push({ tipId: tip.id, tipTitle: tip.title, patterns })
      }
    }
  }
  const [first, ...others] = issues
  if (first) throw new NoticeOptionsError([first, ...others])
  return matchers
}

/** The compiled pattern, or why it is refused. */
function compilePattern(source: string): RegExp | string {
  let pattern: RegExp
  try {
    pattern = new RegExp(source, 'iu')
  } catch (error) {
    return `expected a regular expression, got ${JSON.stringify(source)} (${(error as Error).message})`
  }
  // safe-regex2 also refuses what it cannot read (lookbehind), so only
  // patterns it has actually checked are run.
  if (!isSafeRegex(pattern)) {
    return `${JSON.stringify(source)} may backtrack catastrophically (nested repetition) or uses syntax the safety check cannot read, such as lookbehind; rewrite it without them`
  }
  return pattern
}
