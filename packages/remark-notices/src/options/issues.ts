import type { z } from 'zod'
import { didYouMean } from '../common/did-you-mean'
import type { OptionIssue } from '../common/errors'

/** The keys an object at a path may have. */
type KnownKeys = (path: ReadonlyArray<PropertyKey>) => readonly string[]

/** Turn zod's issues (parsed with `reportInput`) into option issues in our own words. */
export function toOptionIssues(
  issues: readonly z.core.$ZodIssue[],
  knownKeys: KnownKeys,
): OptionIssue[] {
  const result: OptionIssue[] = []
  for (const issue of issues) collectIssue(issue, [], result, knownKeys)
  return result
}

function collectIssue(
  issue: z.core.$ZodIssue,
  base: PropertyKey[],
  result: OptionIssue[],
  knownKeys: KnownKeys,
): void {
  const path = [...base, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that matched the value's shape: the one whose
    // problems are all inside the value, else the one whose refinement
    // failed (its type matched); failing both, the union's own message.
    const branch =
      issue.errors.find((inner) => inner.length > 0 && inner.every(insideValue)) ??
      issue.errors.find((inner) => inner.length > 0 && inner.every((one) => one.code === 'custom'))
    if (branch) {
      for (const inner of branch) collectIssue(inner, path, result, knownKeys)
      return
    }
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    // A bad key of a record (a type name): say what is wrong with the key.
    for (const inner of issue.issues) collectIssue(inner, path, result, knownKeys)
    return
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(path)
    const expected = `one of ${known.map((key) => `"${key}"`).join(', ')}`
    for (const key of issue.keys) {
      const hint = didYouMean(key, known)
      result.push({
        path: cleanPath([...path, key]),
        expected,
        message: hint === '' ? `unknown option; expected ${expected}` : `unknown option${hint}`,
      })
    }
    return
  }
  const text = issue.message.replace(/^Invalid input: /, '')
  const expected = text.replace(/^expected /, '')
  result.push({ path: cleanPath(path), expected, message: `${text}${got(issue)}` })
}

/** A problem inside the value (an object's key), so the value had the branch's shape. */
function insideValue(issue: z.core.$ZodIssue): boolean {
  return issue.path.length > 0 || issue.code === 'unrecognized_keys'
}

/** `, got "middle"`: what was found instead, short. */
function got(issue: z.core.$ZodIssue): string {
  if (!('input' in issue)) return ''
  const input: unknown = issue.input
  if (input === undefined) return ', got nothing'
  if (input === null || ['string', 'number', 'boolean'].includes(typeof input)) {
    const shown = JSON.stringify(input)
    return `, got ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`
  }
  if (input instanceof RegExp) return `, got ${String(input)}`
  return `, got ${Array.isArray(input) ? 'an array' : typeof input}`
}

function cleanPath(path: PropertyKey[]): Array<string | number> {
  return path.map((part) => (typeof part === 'symbol' ? String(part) : part))
}
