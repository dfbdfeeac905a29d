import { formatPath } from '@healthmark/schema'

/** One problem with the options: where it is and what was expected. */
export interface OptionIssue {
  /** Path from the options object, such as `['disclaimer', 'position']`. */
  path: Array<string | number>
  /** What was expected there, in plain words (`one of "top", "bottom"`). */
  expected: string
  /** The whole finding: what was expected and what was found instead. */
  message: string
}

/**
 * Thrown when `remarkNotices` is attached with bad options. A `TypeError`,
 * like the one a wrong argument to a built-in throws. `path` and `expected`
 * describe the first problem; `issues` lists every one, and the message has
 * one line per problem: `path: what was expected, got …`.
 */
export class NoticeOptionsError extends TypeError {
  override name = 'NoticeOptionsError'
  /** Where the first problem is (`[]` when the options themselves are wrong). */
  readonly path: Array<string | number>
  /** What the first problem's place expected. */
  readonly expected: string
  /** Every problem found. */
  readonly issues: OptionIssue[]

  constructor(issues: [OptionIssue, ...OptionIssue[]]) {
    const lines = issues.map((issue) => `  - ${optionPath(issue.path)}: ${issue.message}`)
    super(`Invalid remark-notices options:\n${lines.join('\n')}`)
    this.issues = issues
    this.path = issues[0].path
    this.expected = issues[0].expected
  }
}

/** `affiliate.matchers[0]`, or `options` for the options object itself. */
export function optionPath(path: ReadonlyArray<string | number>): string {
  return path.length === 0 ? 'options' : formatPath([...path])
}
