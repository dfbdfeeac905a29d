import type { Blockquote, Paragraph } from 'mdast'
import type { LeafDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import { closest } from './closest'
import { restoreDirective } from './directive-source'
import { healthTipCallout } from './health-tip'
import type { Settings } from './options'
import { report } from './report'

/** The directive name that embeds a tip: `::health-tip{id="…"}`. */
export const HEALTH_TIP_DIRECTIVE = 'health-tip'

/**
 * What replaces `::health-tip{id}`: the tip's callout, or, when the id is
 * unknown, the directive's own text (kept visible) plus a message naming the
 * closest known ids.
 */
export function resolveHealthTip(
  node: LeafDirective,
  file: VFile,
  settings: Settings,
): Blockquote | Paragraph {
  const id = node.attributes?.id ?? undefined
  const tip = id === undefined ? undefined : settings.tips.get(id)
  if (tip) return healthTipCallout(tip, settings)

  const known = [...settings.tips.keys()]
  const hint =
    known.length === 0
      ? 'no tips are loaded (pass guidance sets with the `tips` option)'
      : `closest known ids: ${closest(id ?? '', known)
          .map((candidate) => `"${candidate}"`)
          .join(', ')}`
  report(
    file,
    id === undefined
      ? `\`::${HEALTH_TIP_DIRECTIVE}\` needs an \`id\` attribute; ${hint}`
      : `Unknown tip id "${id}" in \`::${HEALTH_TIP_DIRECTIVE}\`; ${hint}`,
    'unknown-tip-id',
    node,
  )
  return restoreDirective(node, file)
}
