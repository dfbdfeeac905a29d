// Input families an attacker (or a very long article) can grow without
// bound. The linear-time test and the benchmark's "pathological inputs"
// table both measure the plugin's own step on each family at n, 2n, 4n and
// 8n times `unit` repetitions; linear growth doubles the time per doubling.
// Units are large enough that n is past the size where the tree still fits
// the CPU's caches: below it the step is cheaper per node, and growth from
// there looks steeper (about 3.5 for the first doubling) than it is.

/** @type {Record<string, { unit: number, make: (n: number) => string }>} */
export const PATHOLOGICAL_INPUTS = {
  'many restored text directives': {
    unit: 4000,
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
    unit: 1600,
    make: (n) =>
      Array.from({ length: n }, (_, i) =>
        i % 3 ? `[a](https://example.com/${i})` : `[b](https://www.amazon.com/dp/B0${i}?tag=x-20)`,
      ).join(' and '),
  },
  'many reference links and definitions': {
    unit: 1200,
    make: (n) =>
      `${Array.from({ length: n }, (_, i) => `[r${i}][d${i}]`).join(' ')}\n\n${Array.from(
        { length: n },
        (_, i) => `[d${i}]: https://www.amazon.com/dp/B${i}?tag=x-20`,
      ).join('\n')}`,
  },
  'many callouts': {
    unit: 600,
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
  'raw HTML: an affiliate tag, then `<a ` unclosed': {
    unit: 4000,
    make: (n) => `<div><a href="https://amzn.to/x">x</a>${'<a '.repeat(n)}</div>`,
  },
  'raw HTML: many affiliate tags': {
    unit: 400,
    make: (n) => `<p>${'<a class="x" href="https://amzn.to/x">x</a> '.repeat(n)}</p>`,
  },
}

/**
 * Time the plugin's transformer alone on one family at n, 2n, 4n and 8n
 * (parsing and cloning are not timed). Sizes are interleaved within each
 * repetition, and a full GC runs before each timed run when `collect` is
 * given, so one size's garbage is not collected on another's clock. Time is
 * the process's CPU time, not the wall clock: on a busy machine a long run is
 * preempted more often than a short one, which would make growth look
 * steeper than it is. Each size keeps its fastest run, the one that garbage
 * collection and other work disturbed least. When growth is not below
 * `limit`, it measures again (up to `attempts` times), still keeping each
 * size's fastest run: noise fades, quadratic growth stays. Returns the input
 * sizes in bytes, those times in ms and the growth per doubling (see
 * growthPerDoubling).
 *
 * @param {{ unit: number, make: (n: number) => string }} family
 * @param {{
 *   parse: (file: import('vfile').VFile) => import('mdast').Root,
 *   transform: (tree: import('mdast').Root, file: import('vfile').VFile) => void,
 *   VFile: typeof import('vfile').VFile,
 *   repetitions: number,
 *   scale?: number,
 *   collect?: () => void,
 *   attempts?: number,
 *   limit?: number,
 * }} how
 */
export function measureGrowth(family, how) {
  const {
    parse,
    transform,
    VFile,
    repetitions,
    scale = 1,
    collect = () => {},
    attempts = 1,
    limit = Number.POSITIVE_INFINITY,
  } = how
  const inputs = [1, 2, 4, 8].map((factor) => {
    // A Buffer, as remark-cli and unified-engine read files.
    const value = Buffer.from(family.make(Math.round(family.unit * scale * factor)))
    return { value, tree: parse(new VFile({ value })) }
  })
  // One untimed pass warms the JIT.
  for (const input of inputs)
    transform(structuredClone(input.tree), new VFile({ value: input.value }))
  const fastest = inputs.map(() => Number.POSITIVE_INFINITY)
  let perDoubling = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < attempts && !(perDoubling < limit); attempt++) {
    for (let round = 0; round < repetitions; round++) {
      for (const [index, input] of inputs.entries()) {
        const tree = structuredClone(input.tree)
        const file = new VFile({ value: input.value })
        collect()
        const start = process.cpuUsage()
        transform(tree, file)
        const used = process.cpuUsage(start)
        fastest[index] = Math.min(fastest[index], (used.user + used.system) / 1000)
      }
    }
    perDoubling = growthPerDoubling(fastest)
  }
  return { bytes: inputs.map((input) => input.value.length), times: fastest, perDoubling }
}

/**
 * The growth per doubling of times measured at n, 2n, 4n and 8n: the
 * geometric mean of the three doublings (a time under 0.05 ms counts as
 * 0.05, so timer resolution cannot blow it up).
 *
 * @param {number[]} times
 */
function growthPerDoubling(times) {
  return (times[3] / Math.max(times[0], 0.05)) ** (1 / 3)
}
