// `npm run bench`: what Healthmark adds to a production `astro build` of this
// site. The baseline is the same config with Starlight's `plugins` list
// emptied; the two builds alternate, so drift in machine load hits both
// alike, and both write below `node_modules/.cache/`, never to `dist/`.
// Prints each pair and the median ratio.
//
// A benchmark, not a test: it always exits 0 once it has measured.
// Environment: BENCH_PAIRS (default 3).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const PAIRS = Number(process.env.BENCH_PAIRS ?? 3)
const root = fileURLToPath(new URL('..', import.meta.url))
const config = readFileSync(`${root}astro.config.mjs`, 'utf8')
// `[] || [ … ]` is `[]`: the site without the Healthmark plugin, otherwise identical.
const baseline = config.replace(/^(\s*)plugins: \[/m, '$1plugins: [] || [')
if (baseline === config) throw new Error('bench: no `plugins: [` in astro.config.mjs')
// Astro takes `--config` relative to the project folder.
const cache = 'node_modules/.cache/healthmark-bench/'
const baselineConfig = `${cache}without-healthmark.config.mjs`
mkdirSync(`${root}${cache}`, { recursive: true })
writeFileSync(`${root}${baselineConfig}`, baseline)

/** Seconds one `astro build` takes, as a user waits for it. */
function build(...args) {
  const started = performance.now()
  const run = spawnSync('npx', ['--no', 'astro', 'build', ...args], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0)
    throw new Error(`astro build ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`)
  return (performance.now() - started) / 1000
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]

const rows = []
for (let pair = 0; pair < PAIRS; pair++) {
  // Alternate which build goes first, so neither always runs on a warmer machine.
  const times = {}
  for (const variant of pair % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
    const args = variant === 'with' ? [] : ['--config', baselineConfig]
    times[variant] = build(...args, '--outDir', `${cache}${variant}`)
  }
  rows.push({ ...times, ratio: times.with / times.without })
  console.log(
    `pair ${pair + 1}: without ${times.without.toFixed(1)} s, with ${times.with.toFixed(1)} s, ratio ${(times.with / times.without).toFixed(2)}`,
  )
}
console.log(
  `astro build (Starlight), median of ${PAIRS}: without Healthmark ${median(rows.map((r) => r.without)).toFixed(1)} s, with ${median(rows.map((r) => r.with)).toFixed(1)} s, ratio ${median(rows.map((r) => r.ratio)).toFixed(2)}×`,
)
