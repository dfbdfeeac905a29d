/**
 * `remark --frail` through the real remark-cli binary, with the built plugin
 * (`dist/`) in a temporary `.remarkrc.mjs`: a non-compliant article fails the
 * run, a compliant one passes, and an info message alone never fails it.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dist = join(packageDir, 'dist/index.js')

/** remark-cli exports nothing, so find its bin the way npm lays it out: up the tree. */
function findCli(): string {
  let dir = packageDir
  for (;;) {
    const candidate = join(dir, 'node_modules/remark-cli/cli.js')
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error('remark-cli is not installed (it is a devDependency)')
    dir = parent
  }
}

function remark(cwd: string, ...args: string[]) {
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(process.execPath, [findCli(), ...args], { cwd }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr })
    })
  })
}

let dir = ''

/** The articles the CLI checks, by file name. */
const DOCUMENTS: Record<string, string> = {
  'non-compliant.md':
    '# Best foam rollers\n\nOur pick: [this roller](https://www.amazon.com/dp/B000TEST01?tag=healthmark-20).\n',
  'late-disclosure.md':
    '# Best foam rollers\n\nOur pick: [this roller](https://amzn.to/3abcDEF).\n\nWe earn a commission from links on this page.\n',
  'compliant.md':
    '# Best foam rollers\n\nThis page has affiliate links (ads). As an Amazon Associate I earn from qualifying purchases.\n\nOur pick: [this roller](https://amzn.to/3abcDEF).\n',
  // Only an info message: a link that may be paid is never marked on a guess.
  'possible.md':
    '# Foam rollers\n\nBought at [the maker’s shop](https://shop.example/roller?ref=healthmark).\n',
  'shortened.md':
    '# Foam rollers\n\nBought at [the maker’s shop](https://shop.example/roller?ref=healthmark), see [this](https://bit.ly/3abc).\n',
}

beforeAll(async () => {
  if (!existsSync(dist)) throw new Error('build the package first: npx tsup')
  dir = await mkdtemp(join(tmpdir(), 'healthmark-cli-'))
  const gfm = pathToFileURL(join(dirname(findCli()), '../remark-gfm/index.js')).href
  await writeFile(
    join(dir, '.remarkrc.mjs'),
    [
      `import remarkGfm from ${JSON.stringify(existsSync(fileURLToPath(gfm)) ? gfm : 'remark-gfm')}`,
      `import remarkNotices from ${JSON.stringify(pathToFileURL(dist).href)}`,
      'export default { plugins: [remarkGfm, [remarkNotices, { affiliate: { insert: false } }]] }',
      '',
    ].join('\n'),
  )
  for (const [name, markdown] of Object.entries(DOCUMENTS)) {
    await writeFile(join(dir, name), markdown)
  }
})

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true })
})

/** `remark --frail` on one of the documents, as a site's lint script runs it. */
const frail = (name: string) => remark(dir, '--frail', '--no-color', '--no-stdout', name)

describe('remark-cli --frail', () => {
  it('fails on an article with affiliate links and no disclosure', async () => {
    const { code, stderr } = await frail('non-compliant.md')
    expect(code).toBe(1)
    expect(stderr).toContain('affiliate-link-without-disclosure')
    expect(stderr).toContain('healthmark')
    expect(stderr).toMatch(/3:11-3:80/)
  })

  it('fails on a disclosure after the links that lacks Amazon’s statement', async () => {
    const { code, stderr } = await frail('late-disclosure.md')
    expect(code).toBe(1)
    expect(stderr).toContain('disclosure-after-links')
    expect(stderr).toContain('missing-amazon-statement')
  })

  it('passes an article whose only finding is a possible affiliate link (an info message)', async () => {
    const { code, stderr } = await frail('possible.md')
    expect(stderr).toMatch(/3:11-3:73\s+info\s+.*possible-affiliate-link\s+healthmark/)
    expect(stderr).not.toContain('warning')
    expect(code).toBe(0)
  })

  it('fails the same article once a warning joins the info message', async () => {
    const { code, stderr } = await frail('shortened.md')
    expect(stderr).toContain('possible-affiliate-link')
    expect(stderr).toMatch(/warning\s+.*shortened-affiliate-link/)
    expect(code).toBe(1)
  })

  it('passes a compliant article', async () => {
    const { code, stderr } = await frail('compliant.md')
    expect(stderr).not.toContain('warning')
    expect(code).toBe(0)
  })
})
