import type { OptionIssue } from '../common/errors'

// Options often come from JSON or YAML config files. Keys such as
// `__proto__` would reach object prototypes when options are spread or
// merged, and a `Map` or class instance has no own keys, so zod would see an
// empty object and its entries would be ignored without a word.

/** Keys that name parts of every object rather than options. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Whether `value` is `{}`-like: made by a literal, JSON or `Object.create(null)`. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function kindOf(value: object): string {
  const name = (value.constructor as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype'
}

/**
 * Every place in the raw options that holds a non-plain object (other than a
 * RegExp, a function or an array) or a reserved key, before zod reads them.
 */
export function plainDataIssues(options: unknown): OptionIssue[] {
  const issues: OptionIssue[] = []
  const seen = new Set<object>()
  const walk = (value: unknown, path: Array<string | number>): void => {
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return
    if (seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index])
      return
    }
    if (!isPlainObject(value)) {
      issues.push({
        path,
        expected: 'a plain object',
        message: `expected a plain object ({ … }), got ${kindOf(value)}`,
      })
      return
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string') continue
      if (RESERVED_KEYS.has(key)) {
        issues.push({
          path: [...path, key],
          expected: 'an option name',
          message: `reserved key "${key}" is not an option (it would reach the object prototype)`,
        })
        continue
      }
      walk((value as Record<string, unknown>)[key], [...path, key])
    }
  }
  walk(options, [])
  return issues
}
