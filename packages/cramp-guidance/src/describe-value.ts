/** A short, safe description of a received value for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  return String(value)
}

/** `"a", "b", "c"`: the expected values, quoted, for error messages. */
export function listValues(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ')
}
