import { afterEach, describe, expect, it } from 'vitest'
import { propertyRuns } from './property-runs'
import { locateSharedFile } from './shared-files'

describe('locateSharedFile', () => {
  it('runs a test whose file is there, in CI or not', () => {
    const repository = new URL('../../', import.meta.url)
    expect(locateSharedFile('package.json', { CI: 'true' }, repository).action).toBe('run')
    expect(locateSharedFile('package.json', {}, repository).action).toBe('run')
  })

  it('fails in CI and skips elsewhere when the file is missing, saying which', () => {
    const file = 'research/no-such-notes.md'
    expect(locateSharedFile(file, { CI: 'true' })).toMatchObject({
      action: 'fail',
      reason: 'shared/research/no-such-notes.md is missing beside the repository',
    })
    expect(locateSharedFile(file, { CI: '1' }).action).toBe('fail')
    expect(locateSharedFile(file, {}).action).toBe('skip')
    expect(locateSharedFile(file, { CI: 'false' }).action).toBe('skip')
    expect(locateSharedFile(file, { CI: '' }).action).toBe('skip')
  })
})

describe('propertyRuns', () => {
  const saved = process.env.PROPERTY_RUNS_SCALE
  afterEach(() => {
    if (saved === undefined) delete process.env.PROPERTY_RUNS_SCALE
    else process.env.PROPERTY_RUNS_SCALE = saved
  })

  it('keeps the named count by default and scales it with PROPERTY_RUNS_SCALE', () => {
    delete process.env.PROPERTY_RUNS_SCALE
    expect(propertyRuns(100)).toBe(100)
    process.env.PROPERTY_RUNS_SCALE = '10'
    expect(propertyRuns(100)).toBe(1000)
    process.env.PROPERTY_RUNS_SCALE = '0.001'
    expect(propertyRuns(100)).toBe(1)
  })

  it('rejects a scale that is not a positive number, naming the variable', () => {
    for (const bad of ['0', '-1', 'ten', 'Infinity']) {
      process.env.PROPERTY_RUNS_SCALE = bad
      expect(() => propertyRuns(100)).toThrow(
        new TypeError(
          `PROPERTY_RUNS_SCALE must be a positive number (for example 0.5 or 10), got "${bad}"`,
        ),
      )
    }
  })
})
