import type { Blockquote, Paragraph } from 'mdast'
import type { LeafDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import { closest } from '../common/did-you-mean'
import { restoreDirective } from '../common/directive-source'
import { report } from '../common/messages'
import type { Settings } from '../options/settings'
import { healthTipCallout } from './render'

/** The directive name that embeds a tip: `::health-tip{id="…"}`. */
export const HEALTH_TIP_DIRECTIVE = 'health-tip'

/**
 * What replaces `::health-tip{id}`: the tip's callout, or, when the id is
 * unknown, the directive's own text (kept visible) plus a message naming the
 * known ids close to it.
 */
export function resolveHealthTip(
  node: LeafDirective,
  file: VFile,
  settings: Settings,
): Blockquote | Paragraph {
  const id = node.attributes?.id ?? undefined
  const tip = id === undefined ? undefined : settings.tips.get(id)
  // The author's label is their title for the tip: kept, never dropped.
  if (tip) return healthTipCallout(tip, settings, node.children)

  const known = [...settings.tips.keys()]
  const near = id === undefined ? [] : closest(id, known)
  const hint =
    known.length === 0
      ? 'no tips are loaded (pass guidance sets with the `tips` option)'
      : near.length === 0
        ? `no known id is close (${known.length} tips loaded)`
        : `did you mean ${near.map((candidate) => `"${candidate}"`).join(' or ')}?`
  report(
    file,
    id === undefined
      ? `\`::${HEALTH_TIP_DIRECTIVE}\` needs an \`id\` attribute; ${known.length === 0 ? hint : `${known.length} tips are loaded`}`
      : `Unknown tip id "${id}" in \`::${HEALTH_TIP_DIRECTIVE}\`; ${hint}`,
    'unknown-tip-id',
    node,
  )
  return restoreDirective(node, file)
}
