import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { measureGrowth, PATHOLOGICAL_INPUTS } from '../fuzz/pathological.mjs'
import remarkNotices from '../src/index'

// The plugin's own step must grow linearly with its input, for every family
// of input an attacker could grow (measureGrowth says how it is timed).
// Linear growth doubles the time per doubling; quadratic quadruples it.
const LIMIT = 2.5
const REPETITIONS = 5
const ATTEMPTS = 5

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

describe('the plugin step grows linearly', () => {
  it.each(Object.entries(PATHOLOGICAL_INPUTS))('%s', (_, family) => {
    const { perDoubling } = measureGrowth(family, {
      parse: (file) => parser.parse(file),
      transform,
      VFile,
      repetitions: REPETITIONS,
      collect,
      attempts: ATTEMPTS,
      limit: LIMIT,
    })
    expect(perDoubling).toBeLessThan(LIMIT)
  })
})
