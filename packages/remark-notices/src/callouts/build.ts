import type { BlockContent, Blockquote, DefinitionContent, PhrasingContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import { applyCallout } from '../common/callout'
import { warnUntranslated } from '../common/messages'
import { calloutLook } from '../options/look'
import type { Settings } from '../options/settings'

/** What the author wrote for one callout. */
export interface AuthoredCallout {
  type: string
  marker: string
  fold?: 'open' | 'closed' | undefined
  title: PhrasingContent[]
  body: Array<BlockContent | DefinitionContent>
}

/**
 * Build an authored callout with its type's title and icon; a callout that
 * shows a title the user translated for other locales only is reported.
 */
export function buildCallout(
  node: Blockquote | ContainerDirective,
  authored: AuthoredCallout,
  settings: Settings,
  file: VFile,
): void {
  const look = calloutLook(settings, authored.type)
  applyCallout(node, { ...authored, defaultTitle: look.title.value, icon: look.icon })
  if (authored.title.length === 0) warnUntranslated(file, look.title, settings.locale, node)
}
