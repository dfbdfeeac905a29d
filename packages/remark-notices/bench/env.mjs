// Settings of the benchmark scripts come from the environment; a value that
// is not a positive number stops the script with its name, instead of a run
// over NaN documents.

/** The positive number in `process.env[name]`, or `fallback` when unset or empty. */
export function envNumber(name, fallback, { integer = true } = {}) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!(value > 0) || (integer && !Number.isInteger(value))) {
    console.error(
      `${name} must be a positive ${integer ? 'whole number' : 'number'}, got ${JSON.stringify(raw)}`,
    )
    process.exit(1)
  }
  return value
}
