// The "pathological inputs" table of `npm run bench`: every input family of
// fuzz/pathological.mjs grown from n to 8n (at BENCH_PATHOLOGICAL_SCALE
// times the test's sizes, default 4), the plugin's own step timed on the
// built package and set against the whole pipeline without the plugin at
// the largest size, all in CPU time. Linear growth is 2.0 per doubling;
// the linear-time test fails above 2.5, the verdict here is the same.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { measureGrowth, PATHOLOGICAL_INPUTS } from '../fuzz/pathological.mjs'
import { importBuilt } from './built.mjs'
import { envNumber } from './env.mjs'

const SCALE = envNumber('BENCH_PATHOLOGICAL_SCALE', 4, { integer: false })
const REPETITIONS = 5
const ATTEMPTS = 5
const LIMIT = 2.5

const { default: remarkNotices } = await importBuilt('bench')

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc')

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
const pipeline = parser().use(remarkRehype).use(rehypeStringify).freeze()
const transform = remarkNotices.call(unified(), { affiliate: {} })

/** The whole pipeline without the plugin on one input: the fastest of three runs, in CPU ms. */
function baseline(markdown) {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    collect()
    const start = process.cpuUsage()
    pipeline.processSync(markdown)
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

const fmt = (n, digits = 1) => n.toFixed(digits)
console.log('')
console.log(
  `@healthmark/remark-notices pathological inputs (Node ${process.version}; sizes n…8n at ${SCALE}× the linear-time test's; CPU time, fastest of ${REPETITIONS} runs per size, up to ${ATTEMPTS} attempts)`,
)
console.log('')
console.log(
  '| Input family                                      | Size at 8n | Pipeline without plugin at 8n | Plugin step n → 8n | Plugin / pipeline at 8n | Growth per doubling | Result |',
)
console.log(
  '| ------------------------------------------------- | ---------: | ----------------------------: | ------------------ | ----------------------: | ------------------: | ------ |',
)
let failed = 0
for (const [name, family] of Object.entries(PATHOLOGICAL_INPUTS)) {
  const growth = measureGrowth(family, {
    parse: (file) => parser.parse(file),
    transform,
    VFile,
    repetitions: REPETITIONS,
    scale: SCALE,
    collect,
    attempts: ATTEMPTS,
    limit: LIMIT,
  })
  const largest = family.make(Math.round(family.unit * SCALE * 8))
  const base = baseline(largest)
  const verdict = growth.perDoubling < LIMIT ? 'PASS' : 'FAIL'
  if (verdict === 'FAIL') failed++
  console.log(
    `| ${name.padEnd(49)} | ${`${fmt(growth.bytes[3] / 1024, 0)} KB`.padStart(10)} | ${`${fmt(base, 0)} ms`.padStart(29)} | ${`${fmt(growth.times[0])} → ${fmt(growth.times[3])} ms`.padEnd(18)} | ${fmt(growth.times[3] / base, 3).padStart(23)} | ${fmt(growth.perDoubling, 2).padStart(19)} | ${verdict.padEnd(6)} |`,
  )
}
console.log('')
console.log(
  `Growth per doubling: geometric mean of the three doublings of the plugin step (2.0 is linear, 4.0 quadratic; limit ${LIMIT}). Overall: ${failed ? 'FAIL' : 'PASS'} (a benchmark: exit code 0 either way)`,
)
