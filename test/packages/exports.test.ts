import { describe, expect, it } from 'vitest'
import { entryKind, exportEntries, leafTargets, subpathMap, targetInPack } from './exports'

// The package checks derive every entry they load from `exports`; if this
// derivation dropped a subpath, that subpath would silently go unchecked.
describe('exports map helpers', () => {
  it('expands the sugar forms to a "." subpath', () => {
    expect([...subpathMap('./dist/index.js').keys()]).toEqual(['.'])
    expect([...subpathMap({ import: './a.js', require: './a.cjs' }).keys()]).toEqual(['.'])
    expect([...subpathMap({ '.': './a.js', './b': './b.js' }).keys()]).toEqual(['.', './b'])
    expect(subpathMap(undefined).size).toBe(0)
  })

  it('collects every target under nested conditions and fallbacks', () => {
    const value = { import: { types: './a.d.ts', default: './a.js' }, require: ['./a.cjs', null] }
    expect(leafTargets(value).sort()).toEqual(['./a.cjs', './a.d.ts', './a.js'])
  })

  it('leaves out the workspace-only source condition', () => {
    expect(leafTargets({ '@healthmark/source': './src/a.ts', default: './a.js' })).toEqual([
      './a.js',
    ])
  })

  it('tells modules, JSON, types-only and assets apart', () => {
    expect(entryKind(['./a.d.ts', './a.js'])).toBe('js')
    expect(entryKind(['./a.json'])).toBe('json')
    expect(entryKind(['./a.d.ts'])).toBe('types')
    expect(entryKind(['./styles.css'])).toBe('asset')
  })

  it('expands pattern subpaths against the packed files and skips null exclusions', () => {
    const manifest = {
      name: '@scope/pkg',
      version: '1.0.0',
      exports: {
        '.': './dist/index.js',
        './locales/*': { types: './dist/locales/*.d.ts', default: './dist/locales/*.js' },
        './internal/*': null,
      },
    }
    const files = [
      'dist/index.js',
      'dist/locales/de.js',
      'dist/locales/de.d.ts',
      'dist/locales/en.js',
    ]
    expect(exportEntries(manifest, files).map((entry) => entry.specifier)).toEqual([
      '@scope/pkg',
      '@scope/pkg/locales/de',
      '@scope/pkg/locales/en',
    ])
  })

  it('finds a target in the pack only when the file is there', () => {
    expect(targetInPack('./dist/a.js', ['dist/a.js'])).toBe(true)
    expect(targetInPack('./dist/b.js', ['dist/a.js'])).toBe(false)
    expect(targetInPack('./dist/*.js', ['dist/a.js'])).toBe(true)
    expect(targetInPack('./dist/*.css', ['dist/a.js'])).toBe(false)
  })
})
