import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The house rules of `src/` (see CONTRIBUTING.md), checked on the imports.

const src = new URL('../src/', import.meta.url)
const FEATURES = ['affiliate', 'callouts', 'disclaimer', 'tips']

/** Every `.ts` file under `src/`, as a path relative to it. */
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replaceAll('\\', '/'))

/** The folders (or top-level files) a file imports from inside `src/`. */
function importedAreas(file: string): string[] {
  const text = readFileSync(new URL(file, src), 'utf8')
  const depth = file.split('/').length - 1
  const areas: string[] = []
  for (const [, specifier = ''] of text.matchAll(/from '(\.[^']*)'/g)) {
    const parts = [...file.split('/').slice(0, depth), ...specifier.split('/')]
    const resolved: string[] = []
    for (const part of parts) {
      if (part === '..') resolved.pop()
      else if (part !== '.') resolved.push(part)
    }
    areas.push(resolved.length === 1 ? (resolved[0] ?? '') : resolved.slice(0, 2).join('/'))
  }
  return areas
}

const area = (file: string) => file.split('/')[0] ?? ''

describe('src layout', () => {
  it.each(FEATURES)('%s/ imports no other feature and only the resolved options', (feature) => {
    for (const file of files.filter((name) => area(name) === feature)) {
      for (const imported of importedAreas(file)) {
        const top = imported.split('/')[0] ?? ''
        expect([feature, 'common', 'options'], `${file} imports ${imported}`).toContain(top)
        if (top === 'options') {
          expect(['options/settings', 'options/look', 'options/types']).toContain(imported)
        }
      }
    }
  })

  it('keeps common/ a leaf', () => {
    for (const file of files.filter((name) => area(name) === 'common')) {
      for (const imported of importedAreas(file)) {
        expect(imported.startsWith('common/') || imported === 'package.json', `${file}`).toBe(true)
      }
    }
  })

  it('keeps every file under about 250 lines', () => {
    for (const file of files) {
      const lines = readFileSync(new URL(file, src), 'utf8').split('\n').length
      expect(lines, file).toBeLessThanOrEqual(260)
    }
  })
})
