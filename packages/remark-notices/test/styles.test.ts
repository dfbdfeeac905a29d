import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { NOTICE_TYPES } from '../src/index'

const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8')

describe('styles.css', () => {
  it('styles every built-in type', () => {
    for (const type of NOTICE_TYPES) expect(css).toContain(`.notice-${type}`)
  })

  it('has dark and print styles', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)')
    expect(css).toContain('@media print')
  })

  it('meets WCAG AA contrast for every colour pair (bench/contrast.mjs)', () => {
    const script = fileURLToPath(new URL('../bench/contrast.mjs', import.meta.url))
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' })
    expect(result.stdout).not.toMatch(/^FAIL/m)
    expect(result.status).toBe(0)
  })
})
