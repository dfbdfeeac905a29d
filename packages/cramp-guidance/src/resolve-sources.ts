import type { GuidanceSet, Source } from '@healthmark/schema'
import { deepFreeze } from './deep-freeze'

/** A source as authored in `data/sources.json`: the key is its id. */
export type AuthoredSource = Omit<Source, 'id'>

/** `data/sources.json`: sources keyed by id. */
export type SourceTable = Readonly<Record<string, AuthoredSource>>

/**
 * The parts of an authored set (`data/<locale>.json`) this module reads:
 * sources are written as ids. Everything else is passed through unchanged.
 */
export interface AuthoredSet {
  readonly locale: string
  readonly tips: ReadonlyArray<{ readonly evidence: { readonly sources: readonly string[] } }>
  readonly redFlags: ReadonlyArray<{ readonly sources: readonly string[] }>
}

/**
 * Replace every source id of an authored set with the full `Source` (with its
 * `id`), stamp the package version on it, and freeze the result so that one
 * site's code cannot change the data another module imported.
 *
 * The set's `version` is the package's version rather than a number kept in
 * each data file: changesets bump the package (a content correction is a
 * patch, a new tip a minor), and the data then cannot drift from it.
 *
 * The result is typed `GuidanceSet` without a run-time check on purpose: the
 * build (`scripts/write-json.mjs`) and the tests validate every shipped set
 * with `parseGuidanceSet`, and checking again on import would pull zod into
 * every consumer's bundle.
 *
 * @throws {Error} naming the locale, the place and the unknown id.
 */
export function resolveSources(
  authored: AuthoredSet,
  table: SourceTable,
  version: string,
): GuidanceSet {
  const resolved = new Map<string, Source>()
  const lookup = (id: string, where: string): Source => {
    const known = resolved.get(id)
    if (known !== undefined) return known
    const source = Object.hasOwn(table, id) ? table[id] : undefined
    if (source === undefined) {
      throw new Error(
        `data/${authored.locale}.json: ${where} names source id ${JSON.stringify(id)}, which data/sources.json does not define`,
      )
    }
    const full: Source = { id, ...source }
    resolved.set(id, full)
    return full
  }

  const set = {
    ...authored,
    version,
    tips: authored.tips.map((tip, index) => ({
      ...tip,
      evidence: {
        ...tip.evidence,
        sources: tip.evidence.sources.map((id, at) =>
          lookup(id, `tips[${index}].evidence.sources[${at}]`),
        ),
      },
    })),
    redFlags: authored.redFlags.map((flag, index) => ({
      ...flag,
      sources: flag.sources.map((id, at) => lookup(id, `redFlags[${index}].sources[${at}]`)),
    })),
  }
  return deepFreeze(set) as unknown as GuidanceSet
}
