import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { closest } from '../common/did-you-mean'
import { report } from '../common/messages'
import type { Settings } from '../options/settings'

/**
 * The type a marker names, or `undefined` when it names none. Markers are
 * case-insensitive (`[!WARNING]`, `[!warning]`); aliases resolve to their type.
 */
export function resolveType(marker: string, settings: Settings): string | undefined {
  const name = marker.toLowerCase()
  if (settings.types.has(name)) return name
  return settings.aliases.get(name)
}

/** Report `unknown-notice-type`, with the types or aliases close to what was written. */
export function reportUnknownType(
  file: VFile,
  marker: string,
  written: string,
  settings: Settings,
  node: Node,
): void {
  const near = closest(marker, [...settings.types.keys(), ...settings.aliases.keys()])
  const hint =
    near.length === 0 ? '' : `did you mean ${near.map((name) => `\`${name}\``).join(' or ')}? `
  report(
    file,
    `Unknown notice type \`${marker}\` in \`${written}\`; ${hint}expected one of ${[...settings.types.keys()].join(', ')} (add custom types with the \`types\` option)`,
    'unknown-notice-type',
    node,
  )
}
