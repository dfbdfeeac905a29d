// `npm run fuzz` (and the last step of `npm run bench`): generated documents
// (fuzz/documents.mjs) through the built plugin, each checked against every
// invariant in fuzz/invariants.mjs: no crash, no author word lost, no new
// script, affiliate links marked and disclosed, plain links left alone, and a
// remark-stringify round trip that is stable and renders the same HTML.
//
// Not a test: it runs far more documents than `npm test` can afford, prints a
// table of failures per invariant with the smallest failing document of
// each, and exits 0 once it has measured. Environment: FUZZ_DOCS (default
// 100000), FUZZ_SEED (default 1), FUZZ_WORKERS (default: the CPUs Node sees).
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { importBuilt } from './built.mjs'
import { envNumber } from './env.mjs'

const BATCH = 500

if (isMainThread) {
  await importBuilt('fuzz')
  const total = envNumber('FUZZ_DOCS', 100_000)
  const seed = envNumber('FUZZ_SEED', 1)
  const workers = envNumber('FUZZ_WORKERS', availableParallelism())
  const { INVARIANTS } = await import('../fuzz/invariants.mjs')
  const start = performance.now()
  // Documents come in batches of BATCH, batch k sampled with seed + k, and
  // the workers take turns over the batches: a run is reproducible whatever
  // the number of workers.
  const batches = Math.ceil(total / BATCH)
  const shares = Array.from({ length: workers }, (_, index) => ({
    batches: Array.from({ length: batches }, (_, k) => k).filter((k) => k % workers === index),
  }))
  let done = 0
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { ...share, seed, total },
          })
          worker.on('message', (message) => {
            if (message.progress) {
              done += message.progress
              if (done % 5000 < message.progress)
                process.stderr.write(`  fuzz: ${done}/${total} documents\n`)
            } else resolve(message)
          })
          worker.on('error', reject)
        }),
    ),
  )
  const seconds = (performance.now() - start) / 1000
  const counts = new Map(INVARIANTS.map((name) => [name, 0]))
  const smallest = new Map()
  let failedDocuments = 0
  for (const result of results) {
    failedDocuments += result.failedDocuments
    for (const [name, n] of result.counts) counts.set(name, (counts.get(name) ?? 0) + n)
    for (const [name, example] of result.smallest) {
      const known = smallest.get(name)
      if (!known || example.markdown.length < known.markdown.length) smallest.set(name, example)
    }
  }
  console.log('')
  console.log(
    `@healthmark/remark-notices fuzz run (Node ${process.version}): ${total} documents, seed ${seed}, ${workers} workers, ${seconds.toFixed(0)} s`,
  )
  console.log('')
  console.log('| Invariant                     | Failing documents |')
  console.log('| ----------------------------- | ----------------: |')
  for (const [name, n] of counts) console.log(`| ${name.padEnd(29)} | ${String(n).padStart(17)} |`)
  console.log('')
  console.log(
    `Documents with any failure: ${failedDocuments} of ${total}; crashes: ${counts.get('no-crash')}.`,
  )
  for (const [name, example] of smallest) {
    console.log(
      `\nSmallest document failing ${name}:\n${example.markdown}\n→ ${example.detail.slice(0, 2000)}`,
    )
  }
} else {
  const fc = (await import('fast-check')).default
  const { getGuidance } = await import('@healthmark/cramp-guidance')
  const { documents } = await import('../fuzz/documents.mjs')
  const { checkDocument, createPipelines } = await import('../fuzz/invariants.mjs')
  const { default: plugin } = await importBuilt('fuzz')
  const pipelines = createPipelines(plugin, { tips: getGuidance('en') })
  const { batches, seed, total } = workerData
  const counts = new Map()
  const smallest = new Map()
  let failedDocuments = 0
  for (const k of batches) {
    const size = Math.min(BATCH, total - k * BATCH)
    const batch = fc.sample(documents, { numRuns: size, seed: seed + k })
    for (const markdown of batch) {
      const failures = checkDocument(pipelines, markdown)
      if (failures.length > 0) failedDocuments++
      for (const { invariant, detail } of failures) {
        counts.set(invariant, (counts.get(invariant) ?? 0) + 1)
        const known = smallest.get(invariant)
        if (!known || markdown.length < known.markdown.length)
          smallest.set(invariant, { markdown, detail })
      }
    }
    parentPort.postMessage({ progress: size })
  }
  parentPort.postMessage({ counts: [...counts], smallest: [...smallest], failedDocuments })
}
