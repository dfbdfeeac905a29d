/**
 * How many cases a property test tries: the count it names, times
 * `PROPERTY_RUNS_SCALE` (default 1). Each test names a count that keeps its
 * package's suite under a minute on two busy cores; `.ci/run` raises the
 * scale where CI's time allows. turbo declares the variable (`env` of the
 * `test` task), so a run at another scale is not served from the cache.
 */
export function propertyRuns(runs: number): number {
  return Math.max(1, Math.round(runs * runScale()))
}

function runScale(): number {
  const raw = process.env.PROPERTY_RUNS_SCALE
  if (raw === undefined || raw === '') return 1
  const scale = Number(raw)
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new TypeError(
      `PROPERTY_RUNS_SCALE must be a positive number (for example 0.5 or 10), got ${JSON.stringify(raw)}`,
    )
  }
  return scale
}
