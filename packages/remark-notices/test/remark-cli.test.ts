import { describe, expect, it } from 'vitest'
import { runRemarkCli } from './helpers/remark-cli'

describe('remark-cli', () => {
  it('passes a clean document with --frail', () => {
    const { status, stderr } = runRemarkCli('# Cramps\n\n> [!WARNING]\n> Stretch gently.\n')
    expect(stderr).toContain('doc.md: no issues found')
    expect(status).toBe(0)
  })

  it('fails the build on an unknown notice type with --frail', () => {
    const { status, stderr } = runRemarkCli('# Cramps\n\n> [!WARNIGN]\n> Typo.\n')
    expect(status).toBe(1)
    expect(stderr).toMatch(
      /3:1-4:8\s+warning\s+Unknown notice type `WARNIGN`.*unknown-notice-type\s+healthmark/,
    )
  })

  it('reports without failing when --frail is not given', () => {
    const { status, stderr } = runRemarkCli('::health-tip{id="x"}\n', {}, [])
    expect(status).toBe(0)
    expect(stderr).toMatch(/unknown-tip-id/)
  })

  it('fails on a bad option with its name', () => {
    const { status, stderr } = runRemarkCli('# T\n', { disclaimer: 'middle' })
    expect(status).toBe(1)
    expect(stderr).toMatch(/disclaimer: expected false, "top", "bottom"/)
  })
})
