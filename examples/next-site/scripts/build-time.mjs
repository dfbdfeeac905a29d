// `npm run build-time`: production build times with and without the plugin,
// for webpack and Turbopack. Every build starts cold (no `.next/`), and the
// two variants alternate so that a busy machine slows both alike; the ratio
// is the figure to read, the seconds depend on the machine.
import { rmSync } from 'node:fs'
import { BUNDLERS, nextBuild } from './next-build.mjs'

const rounds = Number(process.env.ROUNDS ?? 1)
const variants = [
  { name: 'without plugin', env: { WITHOUT_HEALTHMARK: '1' } },
  { name: 'with plugin', env: {} },
]

const rows = []
for (const bundler of BUNDLERS) {
  const seconds = { 'without plugin': [], 'with plugin': [] }
  for (let round = 0; round < rounds; round++) {
    for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
      const outDir = `out-build-time-${bundler}`
      seconds[variant.name].push(nextBuild(bundler, { outDir, env: variant.env, cold: true }))
      rmSync(new URL(`../${outDir}`, import.meta.url), { recursive: true, force: true })
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  const without = median(seconds['without plugin'])
  const withPlugin = median(seconds['with plugin'])
  rows.push(
    `| ${bundler} | ${without.toFixed(1)} s | ${withPlugin.toFixed(1)} s | ${(withPlugin / without).toFixed(2)} |`,
  )
}

console.log(`\nnext build, cold, median of ${rounds} round(s):\n`)
console.log('| bundler | without plugin | with plugin | ratio |\n|---|---|---|---|')
console.log(rows.join('\n'))
