import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import remarkNotices from '../src/index'

// The plugin's own step must grow linearly with its input, for every family
// of input an attacker could grow. Each family is measured at n, 2n, 4n and
// 8n (n large enough that fixed costs and cache effects are small); only the plugin's transform is timed (parsing and cloning are
// not), sizes are interleaved within each repetition so a loaded machine
// slows all of them alike, and the median of the repetitions is compared.
// Linear growth doubles the time per doubling; quadratic quadruples it.
// Raw HTML with many `<a ` fragments is not here yet: its scan is being
// replaced by a tokenizer, and the family belongs with that change.
const LIMIT = 2.5
const REPETITIONS = 5

// A full collection before each timed run, so garbage from one size is not
// collected on another size's clock (the trick bench/index.mjs uses).
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** The plugin's transformer alone, as unified would run it. */
const transform = remarkNotices.call(unified(), { affiliate: {} }) as (
  tree: Root,
  file: VFile,
) => void

const families: Record<string, { unit: number; make: (n: number) => string }> = {
  'many restored text directives (Buffer file)': {
    unit: 2000,
    make: (n) => Array.from({ length: n }, (_, i) => `w :d${i}[x] w`).join('\n\n'),
  },
  'many unknown leaf directives and tip ids': {
    unit: 1200,
    make: (n) =>
      Array.from({ length: n }, (_, i) =>
        i % 2 ? `::thing[label]{a="${i}"}` : `::health-tip{id="nope-${i}"}`,
      ).join('\n\n'),
  },
  'many links, some affiliate': {
    unit: 800,
    make: (n) =>
      Array.from({ length: n }, (_, i) =>
        i % 3 ? `[a](https://example.com/${i})` : `[b](https://www.amazon.com/dp/B0${i}?tag=x-20)`,
      ).join(' and '),
  },
  'many reference links and definitions': {
    unit: 600,
    make: (n) =>
      Array.from({ length: n }, (_, i) => `[r${i}][d${i}]`).join(' ') +
      '\n\n' +
      Array.from({ length: n }, (_, i) => `[d${i}]: https://www.amazon.com/dp/B${i}?tag=x-20`).join(
        '\n',
      ),
  },
  'many callouts': {
    unit: 300,
    make: (n) =>
      Array.from({ length: n }, (_, i) =>
        i % 2 ? `> [!WARNING]- Title ${i}\n> body` : `:::danger[T ${i}]\nbody\n:::`,
      ).join('\n\n'),
  },
  'deep-ish nesting': {
    unit: 12,
    make: (n) => `${'> '.repeat(n)}[!NOTE]\n${'> '.repeat(n)}[b](https://amzn.to/x)`,
  },
  'one long paragraph with an affiliate link': {
    unit: 16000,
    make: (n) => `[b](https://www.amazon.com/dp/B0?tag=x-20) ${'calf stretch water '.repeat(n)}`,
  },
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

describe('the plugin step grows linearly', () => {
  it.each(Object.entries(families))('%s', (_, family) => {
    const sizes = [1, 2, 4, 8].map((factor) => family.unit * factor)
    const inputs = sizes.map((size) => {
      const markdown = family.make(size)
      const file = new VFile({ value: Buffer.from(markdown) })
      return { file, tree: parser.parse(file) }
    })
    const times: number[][] = sizes.map(() => [])
    // One untimed pass warms the JIT.
    for (const input of inputs) transform(structuredClone(input.tree), new VFile(input.file))
    for (let round = 0; round < REPETITIONS; round++) {
      for (const [index, input] of inputs.entries()) {
        const tree = structuredClone(input.tree)
        const file = new VFile({ value: input.file.value })
        collect()
        const start = performance.now()
        transform(tree, file)
        times[index]?.push(performance.now() - start)
      }
    }
    const medians = times.map(median)
    // The ratio per doubling over the three doublings (their geometric
    // mean): one doubling that a burst of load hit cannot fail the test,
    // while quadratic growth (4 per doubling) still does.
    const first = Math.max(medians[0] ?? 0, 0.05)
    const perDoubling = ((medians[3] ?? 0) / first) ** (1 / 3)
    expect(perDoubling).toBeLessThan(LIMIT)
  })
})
