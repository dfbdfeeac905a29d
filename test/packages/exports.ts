import type { ExportsValue, Manifest } from './workspace'

/** What a consumer gets from one subpath: JS module, JSON data, types only, or another file. */
export type EntryKind = 'js' | 'json' | 'types' | 'asset'

export interface ExportEntry {
  /** Subpath key in `exports`, with any `*` filled in (`.`, `./en`, `./styles.css`). */
  subpath: string
  /** What a consumer writes: `@healthmark/schema`, `@healthmark/schema/json-schema/x.json`. */
  specifier: string
  kind: EntryKind
  /** Every file path the subpath can resolve to, under any condition (`./dist/index.js`). */
  targets: string[]
}

/** The subpath map, with the sugar forms (`"exports": "./x.js"`, bare conditions) expanded. */
export function subpathMap(exports: ExportsValue | undefined): Map<string, ExportsValue> {
  const map = new Map<string, ExportsValue>()
  if (exports === undefined) return map
  const isSubpathObject =
    typeof exports === 'object' &&
    exports !== null &&
    !Array.isArray(exports) &&
    Object.keys(exports).every((key) => key.startsWith('.'))
  if (isSubpathObject) {
    for (const [key, value] of Object.entries(exports)) map.set(key, value)
  } else {
    map.set('.', exports)
  }
  return map
}

/**
 * The workspace's own condition: it points at the TypeScript sources, for
 * tests and tools inside the repository. Consumers never set it, and `src/`
 * is not published, so the checks of what is published leave it out.
 */
export const SOURCE_CONDITION = '@healthmark/source'

/** Every published target under a subpath, whatever the conditions or fallback arrays. */
export function leafTargets(value: ExportsValue): string[] {
  if (value === null) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(leafTargets)
  return Object.entries(value)
    .filter(([condition]) => condition !== SOURCE_CONDITION)
    .flatMap(([, target]) => leafTargets(target))
}

const declarationFile = /\.d\.[cm]?ts$/
const scriptFile = /\.[cm]?js$/

export function entryKind(targets: string[]): EntryKind {
  const runtime = targets.filter((target) => !declarationFile.test(target))
  if (runtime.length === 0) return 'types'
  if (runtime.some((target) => scriptFile.test(target))) return 'js'
  if (runtime.every((target) => target.endsWith('.json'))) return 'json'
  return 'asset'
}

/**
 * The entries a consumer can import, derived from `exports` alone (no list
 * kept by hand), so a new subpath is covered by every check at once.
 * Pattern subpaths (`./locales/*`) are expanded against the packed files.
 * `null` targets are deliberate exclusions and have no entry.
 */
export function exportEntries(manifest: Manifest, packedFiles: string[]): ExportEntry[] {
  const entries: ExportEntry[] = []
  for (const [subpath, value] of subpathMap(manifest.exports)) {
    const targets = leafTargets(value)
    if (targets.length === 0) continue
    if (!subpath.includes('*')) {
      entries.push(entry(manifest.name, subpath, targets))
      continue
    }
    for (const match of patternMatches(targets, packedFiles)) {
      entries.push(
        entry(
          manifest.name,
          subpath.replaceAll('*', match),
          targets.map((target) => target.replaceAll('*', match)),
        ),
      )
    }
  }
  return entries
}

function entry(name: string, subpath: string, targets: string[]): ExportEntry {
  const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`
  return { subpath, specifier, kind: entryKind(targets), targets: [...new Set(targets)] }
}

/** Values of `*` for which a runtime target of the pattern is a packed file. */
export function patternMatches(targets: string[], packedFiles: string[]): string[] {
  const runtime = targets.filter((target) => !declarationFile.test(target))
  const matches = new Set<string>()
  for (const target of runtime.length > 0 ? runtime : targets) {
    const [before = '', after = ''] = target.replace(/^\.\//, '').split('*')
    for (const file of packedFiles) {
      if (
        file.length > before.length + after.length &&
        file.startsWith(before) &&
        file.endsWith(after)
      ) {
        matches.add(file.slice(before.length, file.length - after.length))
      }
    }
  }
  return [...matches].sort()
}

/** Does the pack hold this target? A pattern target needs at least one match. */
export function targetInPack(target: string, packedFiles: string[]): boolean {
  if (target.includes('*')) return patternMatches([target], packedFiles).length > 0
  return packedFiles.includes(target.replace(/^\.\//, ''))
}
