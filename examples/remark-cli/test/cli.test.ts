import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { site } from './site'

const { root } = site

const bad = `${root}test/fixtures/bad.md`
const good = `${root}content/night-leg-cramps.md`

interface Run {
  status: number | null
  /** `ruleId source` of every message, in order. */
  rules: string[]
  report: string
}

/** Run the installed `remark` the way the `check` script does, from the example's folder. */
function remark(...args: string[]): Run {
  const run = spawnSync('npx', ['--no', 'remark', ...args, '--no-stdout', '--no-color'], {
    cwd: root,
    encoding: 'utf8',
  })
  const rules = [...run.stderr.matchAll(/ warning .* (\S+) +(\S+)$/gm)].map(
    (match) => `${match[1]} ${match[2]}`,
  )
  return { status: run.status, rules, report: run.stderr }
}

/** A copy of `file` in a fresh folder, for runs that write back with `-o`. */
function scratchCopy(file: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'healthmark-remark-cli-')), 'page.md')
  copyFileSync(file, copy)
  return copy
}

const rc = ['--rc-path', `${root}.remarkrc.mjs`]

// Each test starts the real CLI up to three times; on a busy machine that is slow.
const slow = { timeout: 300_000 }

describe('remark content --frail (the check script)', slow, () => {
  it('passes the pages in content/', () => {
    const run = remark('content', '--frail')
    expect(run.rules).toEqual([])
    expect(run.status, run.report).toBe(0)
  })

  it('fails on a misspelt tip id and an undisclosed affiliate link', () => {
    const run = remark(bad, '--frail')
    expect(run.rules).toEqual([
      'unknown-tip-id healthmark',
      'affiliate-link-without-disclosure healthmark',
    ])
    expect(run.report).toContain('did you mean "stretch-before-bed"?')
    expect(run.status).toBe(1)
  })

  it('warns when remark-directive is missing instead of passing silently', () => {
    const run = remark(bad, '--no-config', '--use', '@healthmark/remark-notices', '--frail')
    expect(run.rules).toContain('missing-remark-directive healthmark')
    expect(run.report).toContain('remark-directive')
    expect(run.status).toBe(1)
  })
})

describe('remark -o (writing the checked file back)', slow, () => {
  it('leaves a clean page byte for byte as the author wrote it', () => {
    const copy = scratchCopy(good)
    expect(remark(copy, ...rc, '-o').status).toBe(0)
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(good, 'utf8'))
  })

  it('keeps an unknown tip a directive, so the next run reports it again', () => {
    const copy = scratchCopy(bad)
    expect(remark(copy, ...rc, '-o').status).toBe(0)
    expect(readFileSync(copy, 'utf8')).toContain('\n::health-tip{id="strech-before-bed"}\n')
    expect(remark(copy, ...rc, '--frail').rules).toContain('unknown-tip-id healthmark')
  })
})
