// `npm run build-time`: production build times with and without the plugin,
// for webpack and Turbopack. Every timed build starts cold (no `.next/`)
// after one untimed build per bundler has warmed the disk cache, and the two
// variants alternate so that a busy machine slows both alike; the ratio is
// the figure to read, the seconds depend on the machine (`ROUNDS=n`).
import { rmSync } from 'node:fs'
import { BUNDLERS, nextBuild } from './next-build.mjs'

const rounds = Number(process.env.ROUNDS ?? 2)
const variants = [
  { name: 'without plugin', env: { WITHOUT_HEALTHMARK: '1' } },
  { name: 'with plugin', env: {} },
]

/** @param {number[]} list */
function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return Number.isInteger(middle)
    ? (sorted[middle - 1] + sorted[middle]) / 2
    : sorted[Math.floor(middle)]
}

const rows = []
for (const bundler of BUNDLERS) {
  const seconds = { 'without plugin': [], 'with plugin': [] }
  const outDir = `out-build-time-${bundler}`
  nextBuild(bundler, { outDir, cold: true })
  for (let round = 0; round < rounds; round++) {
    for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
      seconds[variant.name].push(nextBuild(bundler, { outDir, env: variant.env, cold: true }))
      rmSync(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true })
    }
  }
  const without = median(seconds['without plugin'])
  const withPlugin = median(seconds['with plugin'])
  console.log(`${bundler} seconds: ${JSON.stringify(seconds)}`)
  rows.push(
    `| ${bundler} | ${without.toFixed(1)} s | ${withPlugin.toFixed(1)} s | ${(withPlugin / without).toFixed(2)} |`,
  )
}

console.log(`\nnext build, cold, median of ${rounds} round(s):\n`)
console.log('| bundler | without plugin | with plugin | ratio |\n|---|---|---|---|')
console.log(rows.join('\n'))
