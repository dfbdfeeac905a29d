import type { BlockContent, DefinitionContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import type { DirectiveSettings, Settings } from '../options/settings'
import { buildCallout } from './build'
import { reportUnknownType, resolveType } from './resolve-type'

/**
 * Turn `:::warning[Title]` into a callout. A directive another plugin already
 * handled (it set `hName`) or the `directives` option leaves to the site's
 * framework is left alone; an unknown one is reported and left as it is.
 */
export function directiveToCallout(
  node: ContainerDirective,
  file: VFile,
  settings: Settings,
): boolean {
  if (node.data?.notice || node.data?.hName) return false
  if (leftToFramework(node.name.toLowerCase(), settings.directives)) return false
  const type = resolveType(node.name, settings)
  if (type === undefined) {
    reportUnknownType(file, node.name, `:::${node.name}`, settings, node)
    return false
  }
  const [first, ...others] = node.children
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined
  buildCallout(
    node,
    {
      type,
      marker: node.name,
      title: label?.children ?? [],
      body: (label ? others : node.children) as Array<BlockContent | DefinitionContent>,
    },
    settings,
    file,
  )
  return true
}

/** Whether the `directives` option leaves `:::name` to the site's framework. */
function leftToFramework(name: string, directives: DirectiveSettings): boolean {
  return 'only' in directives ? !directives.only.has(name) : directives.skip.has(name)
}
