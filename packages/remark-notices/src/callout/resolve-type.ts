import type { Settings } from '../options'

/**
 * The type a marker names, or `undefined` when it names none. Markers are
 * case-insensitive (`[!WARNING]`, `[!warning]`); aliases resolve to their type.
 */
export function resolveType(marker: string, settings: Settings): string | undefined {
  const name = marker.toLowerCase()
  if (settings.types.has(name)) return name
  return settings.aliases.get(name)
}
