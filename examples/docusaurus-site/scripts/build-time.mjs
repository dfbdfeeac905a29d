// Production build time of this site with and without Healthmark, measured in
// one run: cold builds (`docusaurus clear` first), alternating, so both see the
// same machine. Usage: `npm run build-time [-- rounds]` (default 2 rounds).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const site = fileURLToPath(new URL('..', import.meta.url))
const rounds = Number(process.argv[2] ?? 2)
const variants = {
  without: ['--config', 'scripts/plain.config.mjs', '--out-dir', '.build-time/without'],
  with: ['--out-dir', '.build-time/with'],
}

function build(args) {
  execFileSync('npx', ['docusaurus', 'clear'], { cwd: site, stdio: 'ignore' })
  const start = process.hrtime.bigint()
  execFileSync('npx', ['docusaurus', 'build', ...args], { cwd: site, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - start) / 1e9
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const times = { without: [], with: [] }
for (let round = 1; round <= rounds; round++) {
  for (const [name, args] of Object.entries(variants)) {
    const seconds = build(args)
    times[name].push(seconds)
    console.log(`round ${round}: ${name} Healthmark ${seconds.toFixed(1)} s`)
  }
}
rmSync(`${site}.build-time`, { recursive: true, force: true })
const without = median(times.without)
const withPlugin = median(times.with)
console.log(
  `median: without ${without.toFixed(1)} s, with ${withPlugin.toFixed(1)} s, ratio ${(withPlugin / without).toFixed(2)}`,
)
