import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { EXAMPLES, generate, useWithSection } from '../../scripts/use-with.mjs'

const root = new URL('../../', import.meta.url)

describe('framework setups in the README and docs', () => {
  it('are the ones the examples build (run `node scripts/use-with.mjs` after editing an example README)', async () => {
    const expected = (await generate()) as Record<string, string>
    for (const [path, content] of Object.entries(expected)) {
      expect(await readFile(new URL(path, root), 'utf8'), path).toBe(content)
    }
  })

  it('names every framework example in the package README', async () => {
    const readme = await readFile(new URL('packages/remark-notices/README.md', root), 'utf8')
    for (const name of EXAMPLES as string[]) {
      const example = await readFile(new URL(`examples/${name}/README.md`, root), 'utf8')
      const heading = (useWithSection(example, name) as string).split('\n', 1)[0] ?? ''
      expect(readme).toContain(`#${heading}\n`)
    }
  })

  it('refuses an example README without a "Use with" section', () => {
    expect(() => useWithSection('# Example\n\n## Setup\n', 'x')).toThrow(
      'examples/x/README.md has no "## Use with …" section',
    )
  })
})
