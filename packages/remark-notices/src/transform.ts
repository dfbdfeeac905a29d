import type { Blockquote, Nodes, Parents, Root } from 'mdast'
import type { VFile } from 'vfile'
import type { CompiledAffiliate } from './affiliate'
import { alertToCallout } from './callout/alert'
import { createNotice } from './callout/create'
import { directiveToCallout } from './callout/directive'
import { checkClaims } from './claims/claims'
import { restoreDirective } from './directive-source'
import { disclaimerPreference } from './front-matter'
import { insertBlock } from './insert'
import { createJsonLd } from './json-ld/json-ld'
import { CARE_TYPES } from './notice-types'
import type { Settings } from './options'
import { report } from './report'
import { today } from './review/age'
import { readArticleMetadata } from './review/metadata'
import { createReview, reportMetadataProblems } from './review/review'
import { HEALTH_TIP_DIRECTIVE, resolveHealthTip } from './tip-directive'
import { SKIP, walk } from './walk'

/**
 * The transformer: one traversal of the tree that turns markers into
 * callouts, renders tips, restores unhandled directives and feeds every node
 * to the affiliate collector; then the disclaimer and the disclosure are
 * inserted. All state lives in this call, so processors never share any.
 */
export function createTransform(
  settings: Settings,
  affiliate: CompiledAffiliate | undefined,
  control: (tree: Root, file: VFile) => void,
) {
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
    const date = today()
    const metadata =
      settings.review || settings.jsonLd ? readArticleMetadata(file, date) : undefined
    const review =
      metadata &&
      settings.review &&
      createReview(settings.review, settings.locale, file, metadata, date)
    const jsonLd =
      metadata && settings.jsonLd
        ? createJsonLd(settings.jsonLd, settings.locale, file, metadata, settings.tips)
        : undefined

    walk(tree, (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (node.type === 'blockquote') alertToCallout(node, file, settings)
      else if (node.type === 'containerDirective') directiveToCallout(node, file, settings)
      else if (
        (node.type === 'leafDirective' || node.type === 'textDirective') &&
        parent &&
        !node.data?.hName
      ) {
        const replacement = directiveReplacement(node, file, settings)
        replace(parent, node, replacement)
        review?.enter(replacement)
        jsonLd?.enter(replacement)
        return SKIP
      }

      const type = noticeType(node)
      if (type === 'medical') medicalNotices++
      if (type !== undefined && CARE_TYPES.has(type)) firstCareNotice ??= node
      collector?.enter(node, ancestors)
      review?.enter(node)
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
    if (settings.claims.length > 0) checkClaims(tree, file, settings.claims, settings.locale)
    if (metadata) reportMetadataProblems(file, tree, metadata.problems)
    // After the disclaimer and disclosure: the byline sits right under the heading.
    review?.finish(tree)
    jsonLd?.finish(tree)
    control(tree, file)
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
