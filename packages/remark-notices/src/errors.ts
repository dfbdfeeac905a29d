import { formatPath } from '@healthmark/schema'
import type { z } from 'zod'

/** One problem with the options: where it is and what was expected. */
export interface OptionIssue {
  /** Path from the options object, such as `['disclaimer', 'position']`. */
  path: Array<string | number>
  /** What was expected there, in plain words. */
  message: string
}

/**
 * Thrown when `remarkNotices` is attached with bad options. A `TypeError`,
 * like the one a wrong argument to a built-in throws; the message lists every
 * problem as `path: what was expected, got …`.
 */
export class NoticeOptionsError extends TypeError {
  override name = 'NoticeOptionsError'
  /** Every problem found. */
  readonly issues: OptionIssue[]

  constructor(issues: OptionIssue[]) {
    const lines = issues.map(
      (issue) =>
        `  - ${issue.path.length === 0 ? 'options' : formatPath(issue.path)}: ${issue.message}`,
    )
    super(`Invalid remark-notices options:\n${lines.join('\n')}`)
    this.issues = issues
  }
}

/** Turn zod's issues (parsed with `reportInput`) into option issues. */
export function toOptionIssues(issues: readonly z.core.$ZodIssue[]): OptionIssue[] {
  const result: OptionIssue[] = []
  for (const issue of issues) collect(issue, [], result)
  return result
}

function collect(issue: z.core.$ZodIssue, base: PropertyKey[], result: OptionIssue[]): void {
  const path = [...base, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that matched the value's shape (its problems are all
    // inside the value), else the union's own "expected …" message.
    const branch = issue.errors.find(
      (issues) => issues.length > 0 && issues.every((inner) => inner.path.length > 0),
    )
    if (branch) {
      for (const inner of branch) collect(inner, path, result)
      return
    }
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    // A bad key of a record (a type name): say what is wrong with the key.
    for (const inner of issue.issues) collect(inner, path, result)
    return
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      result.push({ path: cleanPath([...path, key]), message: 'unknown option' })
    }
    return
  }
  // Custom issues (the affiliate options) already quote the bad value.
  const message = issue.code === 'custom' ? issue.message : withInput(issue)
  result.push({ path: cleanPath(path), message })
}

function withInput(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, '')
  if (!('input' in issue)) return message
  const input: unknown = issue.input
  if (input === undefined) return `${message}, got nothing`
  if (input === null || ['string', 'number', 'boolean'].includes(typeof input)) {
    const shown = JSON.stringify(input)
    return `${message}, got ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`
  }
  return `${message}, got ${Array.isArray(input) ? 'an array' : typeof input}`
}

function cleanPath(path: PropertyKey[]): Array<string | number> {
  return path.map((part) => (typeof part === 'symbol' ? String(part) : part))
}
