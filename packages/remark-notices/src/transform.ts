import type { Blockquote, Nodes, Parents, Root } from 'mdast'
import type { VFile } from 'vfile'
import type { CompiledAffiliate } from './affiliate'
import { alertToCallout } from './callout/alert'
import { createNotice } from './callout/create'
import { directiveToCallout } from './callout/directive'
import { restoreDirective } from './directive-source'
import { disclaimerPreference } from './front-matter'
import { insertBlock } from './insert'
import { CARE_TYPES } from './notice-types'
import type { Settings } from './options'
import { report } from './report'
import { HEALTH_TIP_DIRECTIVE, resolveHealthTip } from './tip-directive'
import { SKIP, walk } from './walk'

/**
 * The transformer: one traversal of the tree that turns markers into
 * callouts, renders tips, restores unhandled directives and feeds every node
 * to the affiliate collector; then the disclaimer and the disclosure are
 * inserted. All state lives in this call, so processors never share any.
 */
export function createTransform(settings: Settings, affiliate: CompiledAffiliate | undefined) {
  // Inserted notices are the same for every file of a processor: parse their
  // Markdown once and hand out copies (each file's tree is its own).
  const notices = new Map<string, Blockquote>()
  const notice = (type: string, markdown: string): Blockquote => {
    const key = `${type}\n${markdown}`
    let cached = notices.get(key)
    if (!cached) {
      cached = createNotice(type, markdown, settings)
      notices.set(key, cached)
    }
    return structuredClone(cached)
  }

  return function transform(tree: Root, file: VFile): undefined {
    const collector = affiliate?.createCollector({
      file,
      locale: settings.locale,
      createNotice: notice,
      insertBlock,
    })
    let medicalNotices = 0
    let firstCareNotice: Nodes | undefined

    walk(tree, (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (node.type === 'blockquote') alertToCallout(node, file, settings)
      else if (node.type === 'containerDirective') directiveToCallout(node, file, settings)
      else if (
        (node.type === 'leafDirective' || node.type === 'textDirective') &&
        parent &&
        !node.data?.hName
      ) {
        replace(parent, node, directiveReplacement(node, file, settings))
        return SKIP
      }

      const type = noticeType(node)
      if (type === 'medical') medicalNotices++
      if (type !== undefined && CARE_TYPES.has(type)) firstCareNotice ??= node
      collector?.enter(node, ancestors)
      return undefined
    })

    const preference = disclaimerPreference(file)
    const wanted = preference === undefined ? settings.disclaimer : preference
    if (wanted !== false && medicalNotices === 0) {
      const position = typeof wanted === 'string' ? wanted : settings.disclaimerPosition
      insertBlock(tree, notice('medical', settings.disclaimerText), position)
    } else if (preference === false && medicalNotices === 0 && firstCareNotice) {
      report(
        file,
        'This document opts out of the medical disclaimer (`healthmark: { disclaimer: false }`) but tells readers when to get care; keep the disclaimer or add a `> [!MEDICAL]` callout',
        'missing-disclaimer',
        firstCareNotice,
      )
    }
    collector?.finish(tree)
    return undefined
  }
}

function directiveReplacement(
  node: Extract<Nodes, { type: 'leafDirective' | 'textDirective' }>,
  file: VFile,
  settings: Settings,
): Nodes {
  if (node.type === 'leafDirective' && node.name === HEALTH_TIP_DIRECTIVE) {
    return resolveHealthTip(node, file, settings)
  }
  // No plugin handled it: show what the author wrote instead of losing it.
  return restoreDirective(node, file)
}

function noticeType(node: Nodes): string | undefined {
  if (node.type === 'blockquote' || node.type === 'containerDirective')
    return node.data?.notice?.type
  return undefined
}

function replace(parent: Parents, node: Nodes, replacement: Nodes): void {
  const index = (parent.children as Nodes[]).indexOf(node)
  if (index !== -1) (parent.children as Nodes[])[index] = replacement
}
