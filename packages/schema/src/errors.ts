import type { z } from 'zod'

/** One problem found in the input. */
export interface ValidationIssue {
  /** Where the problem is, from the root of the input: `['tips', 0, 'evidence', 'level']`. */
  path: Array<string | number>
  /** What is wrong, in plain words. */
  message: string
}

/** Render a path the way a reader writes it: `tips[0].evidence.level`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)'
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`
    else text += `[${JSON.stringify(part)}]`
  }
  return text
}

/**
 * Thrown by `parseGuidanceSet` and `parseHealthTip`: lists every problem at
 * once, each with the path of the field and the reason.
 */
export class HealthmarkValidationError extends Error {
  override name = 'HealthmarkValidationError'
  /** Every problem found, in input order. */
  readonly issues: ValidationIssue[]

  constructor(what: string, issues: ValidationIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`)
    super(`Invalid ${what} (${count}):\n${lines.join('\n')}`)
    this.issues = issues
  }
}

/** Turn zod's issues into ours, keeping every one and its path. */
export function fromZodError(what: string, error: z.ZodError): HealthmarkValidationError {
  return new HealthmarkValidationError(
    what,
    error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: describeIssue(issue),
    })),
  )
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ')
    return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}; check the spelling against the schema`
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `is required (expected ${issue.expected})`
  }
  return issue.message
}
