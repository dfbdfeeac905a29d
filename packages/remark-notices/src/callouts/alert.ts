import type { Blockquote } from 'mdast'
import type { VFile } from 'vfile'
import type { Settings } from '../options/settings'
import { buildCallout } from './build'
import { readAlertMarker, restParagraph } from './marker'
import { reportUnknownType, resolveType } from './resolve-type'

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
    reportUnknownType(file, marker.marker, `[!${marker.marker}]`, settings, node)
    return false
  }
  const [first, ...others] = node.children
  const rest = first?.type === 'paragraph' ? restParagraph(first, marker.rest) : undefined
  buildCallout(
    node,
    {
      type,
      marker: marker.marker,
      fold: marker.fold,
      title: marker.title,
      body: rest ? [rest, ...others] : others,
    },
    settings,
    file,
  )
  return true
}
