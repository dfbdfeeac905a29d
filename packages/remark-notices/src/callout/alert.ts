import type { Blockquote } from 'mdast'
import type { VFile } from 'vfile'
import type { Settings } from '../options'
import { report } from '../report'
import { applyCallout } from './build'
import { readAlertMarker, restParagraph } from './marker'
import { resolveType } from './resolve-type'

/**
 * Turn a `> [!TYPE]` blockquote into a callout. Returns whether it did; an
 * unknown type stays a blockquote and is reported with its position.
 */
export function alertToCallout(node: Blockquote, file: VFile, settings: Settings): boolean {
  if (node.data?.notice) return false
  const marker = readAlertMarker(node)
  if (!marker) return false
  const type = resolveType(marker.marker, settings)
  if (type === undefined) {
    report(
      file,
      `Unknown notice type \`${marker.marker}\` in \`[!${marker.marker}]\`; expected one of ${[...settings.types.keys()].join(', ')} (add custom types with the \`types\` option)`,
      'unknown-notice-type',
      node,
    )
    return false
  }
  const [first, ...others] = node.children
  const rest = first?.type === 'paragraph' ? restParagraph(first, marker.rest) : undefined
  applyCallout(
    node,
    {
      type,
      marker: marker.marker,
      fold: marker.fold,
      title: marker.title,
      body: rest ? [rest, ...others] : others,
    },
    settings,
  )
  return true
}
