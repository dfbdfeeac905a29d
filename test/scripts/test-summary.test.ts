import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const script = path.join(import.meta.dirname, '..', '..', 'scripts', 'test-summary.mjs')

let root = ''
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

/** A throwaway repository layout holding the given report files (path → JSON text). */
async function layout(files: Record<string, string>): Promise<string> {
  root = await mkdtemp(path.join(os.tmpdir(), 'healthmark-summary-'))
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
  return root
}

async function summarise(dir: string): Promise<{ code: number; lines: string[] }> {
  const result = await run(process.execPath, [script, dir]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code?: number; stdout?: string }) => ({
      code: typeof error.code === 'number' ? error.code : 1,
      stdout: error.stdout ?? '',
    }),
  )
  return { code: result.code, lines: result.stdout.trimEnd().split('\n') }
}

const report = (passed: number, failed: number, testResults: unknown[] = []) =>
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, testResults })

describe('scripts/test-summary.mjs', () => {
  it('adds up every report and ends with the line CI reads', async () => {
    const counts = { a: [3, 0], b: [5, 0], c: [7, 0] } as const
    const dir = await layout({
      'packages/a/.reports/vitest.json': report(...counts.a),
      'examples/b/.reports/vitest.json': report(...counts.b),
      '.reports/packages.json': report(...counts.c),
      // Dependencies' own reports are never ours to count.
      'packages/a/node_modules/x/.reports/vitest.json': report(1000, 1000),
    })
    const { code, lines } = await summarise(dir)
    const passed = Object.values(counts).reduce((sum, [p]) => sum + p, 0)
    expect(lines.at(-1)).toBe(`${passed} passed, 0 failed`)
    expect(code).toBe(0)
  })

  it('fails when a test failed', async () => {
    const dir = await layout({ 'packages/a/.reports/vitest.json': report(2, 1) })
    const { code, lines } = await summarise(dir)
    expect(lines.at(-1)).toBe('2 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('counts a test file that failed to run as a failure', async () => {
    const crashed = { status: 'failed', assertionResults: [] }
    const dir = await layout({ 'packages/a/.reports/vitest.json': report(4, 0, [crashed]) })
    const { code, lines } = await summarise(dir)
    expect(lines.at(-1)).toBe('4 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('counts an unreadable report as a failure', async () => {
    const dir = await layout({ 'packages/a/.reports/vitest.json': '{"numPassedTests": 4,' })
    const { code, lines } = await summarise(dir)
    expect(lines.at(-1)).toBe('0 passed, 1 failed')
    expect(code).toBe(1)
  })

  it('fails when no report was found, since that run tested nothing', async () => {
    const dir = await layout({ 'packages/a/.reports/other.json': '{"screenshots": 2}' })
    const { code, lines } = await summarise(dir)
    expect(lines.at(-1)).toBe('0 passed, 0 failed')
    expect(code).toBe(1)
  })
})
