import type { Blockquote, Nodes, Root } from 'mdast'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { Processor, Transformer } from 'unified'
import type { VFile } from 'vfile'
import { createCollector } from './affiliate/collector'
import { alertToCallout } from './callouts/alert'
import { directiveToCallout } from './callouts/directive'
import { checkClaims } from './claims/claims'
import { applyCallout } from './common/callout'
import { MAX_CALLOUT_NESTING } from './common/constants'
import { restoreDirective } from './common/directive-source'
import { insertBlock } from './common/insert'
import { createMessageControl } from './common/message-control'
import { report, warnUntranslated } from './common/messages'
import { parseOptionMarkdown } from './common/safe-markdown'
import { SKIP, walk } from './common/walk'
import { createDisclaimer } from './disclaimer/disclaimer'
import { createJsonLd } from './json-ld/json-ld'
import { calloutLook } from './options/look'
import { resolveOptions } from './options/resolve'
import type { Settings } from './options/settings'
import type { Options } from './options/types'
import { today } from './review/age'
import { readArticleMetadata } from './review/metadata'
import { createReview, reportMetadataProblems } from './review/review'
import { createMissingDirectiveCheck } from './syntax/missing-directive'
import { HEALTH_TIP_DIRECTIVE, resolveHealthTip } from './tips/directive'
import { noticeToMarkdown } from './to-markdown'

/**
 * Render medical-warning callouts, a medical disclaimer, health tips from
 * data and affiliate disclosures, and mark affiliate links
 * `rel="sponsored"`.
 *
 * Options are validated here, when the plugin is attached, so a typo fails
 * the build at once instead of being ignored.
 *
 * @throws {NoticeOptionsError} when an option is wrong; the message names it.
 */
export default function remarkNotices(
  this: Processor,
  options?: Options | null | undefined,
): Transformer<Root> {
  const settings = resolveOptions(options)
  // `remark-stringify` reads extensions from the processor's data; a
  // processor without it (MDX, remark-rehype only) simply ignores this.
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownOptions[] }
  if (!data.toMarkdownExtensions) data.toMarkdownExtensions = []
  data.toMarkdownExtensions.push(noticeToMarkdown)
  return createTransform(settings, this, createMessageControl())
}

/**
 * The transformer: one traversal of the tree that turns markers into
 * callouts, renders tips, restores unhandled directives and hands every node
 * to the directive-syntax, disclaimer and affiliate checks; then they finish.
 * All state lives in this call, so files never share any.
 */
function createTransform(
  settings: Settings,
  processor: Processor,
  control: (tree: Root, file: VFile) => void,
) {
  const notices = noticeCache(settings)

  return function transform(tree: Root, file: VFile): undefined {
    const createNotice = (type: string, markdown: string): Blockquote => {
      warnUntranslated(file, calloutLook(settings, type).title, settings.locale)
      return notices(type, markdown)
    }
    const disclaimer = createDisclaimer(settings, file, createNotice)
    const syntax = createMissingDirectiveCheck(processor, file)
    const affiliate =
      settings.affiliate &&
      createCollector(settings.affiliate, {
        file,
        locale: settings.locale,
        createNotice,
        insertBlock,
      })
    // Review and JSON-LD read the front matter once per file, only when on.
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
    // The root's child that holds the current node: visiting is depth first.
    let block: Nodes = tree
    const tooDeep = nestingGuard(file)

    walk(tree, (node, index, parent, depth) => {
      if (parent === tree) block = node
      syntax.enter(node, index, parent)
      if (tooDeep(node, depth)) {
        // Left as written; its links and text are still checked below.
      } else if (node.type === 'blockquote') alertToCallout(node, file, settings)
      else if (node.type === 'containerDirective') directiveToCallout(node, file, settings)
      else if (
        (node.type === 'leafDirective' || node.type === 'textDirective') &&
        parent &&
        index !== undefined &&
        !node.data?.hName
      ) {
        const replacement =
          node.type === 'leafDirective' && node.name === HEALTH_TIP_DIRECTIVE
            ? resolveHealthTip(node, file, settings)
            : // No plugin handled it: show what the author wrote instead of losing it.
              restoreDirective(node, file)
        parent.children[index] = replacement
        // The tip's callout is not visited (SKIP), but review and JSON-LD count it.
        review?.enter(replacement)
        jsonLd?.enter(replacement)
        return SKIP
      }
      disclaimer.enter(node)
      affiliate?.enter(node, block)
      review?.enter(node)
      return undefined
    })

    syntax.finish()
    disclaimer.finish(tree)
    affiliate?.finish(tree)
    if (settings.claims.length > 0) checkClaims(tree, file, settings.claims, settings.locale)
    if (metadata) reportMetadataProblems(file, tree, metadata.problems)
    // Last of the inserted blocks, so the byline sits right under the heading.
    review?.finish(tree)
    jsonLd?.finish(tree)
    control(tree, file)
    return undefined
  }
}

/**
 * Whether a blockquote or container directive is nested deeper than
 * {@link MAX_CALLOUT_NESTING}: it is left as it is, and the file is told
 * once (`nesting-too-deep`). A callout renders with more nodes than a plain
 * blockquote, so turning one at that depth could overflow the stack of later
 * steps (`mdast-util-to-hast` recurses) where the bare pipeline completes.
 * The walk hands over each node's depth: remembering depths per node in a
 * WeakMap made V8's garbage collector work superlinearly on large files.
 */
function nestingGuard(file: VFile): (node: Nodes, depth: number) => boolean {
  let warned = false
  return (node, depth) => {
    if (depth <= MAX_CALLOUT_NESTING) return false
    if (node.type !== 'blockquote' && node.type !== 'containerDirective') return false
    if (!warned) {
      warned = true
      report(
        file,
        `Blocks nested more than ${MAX_CALLOUT_NESTING} levels deep are left as they are: no callouts are made inside them`,
        'nesting-too-deep',
        node,
      )
    }
    return true
  }
}

/**
 * Inserted notices are the same for every file of a processor: parse their
 * Markdown once and hand out copies (each file's tree is its own).
 */
function noticeCache(settings: Settings): (type: string, markdown: string) => Blockquote {
  const cache = new Map<string, Blockquote>()
  return (type, markdown) => {
    const key = `${type}\n${markdown}`
    let cached = cache.get(key)
    if (!cached) {
      const look = calloutLook(settings, type)
      cached = { type: 'blockquote', children: [] }
      // Built like an authored alert, so `remark-stringify` writes it as
      // `> [!type]` and a second run recognises it instead of adding another.
      applyCallout(cached, {
        type,
        marker: type,
        title: [],
        body: parseOptionMarkdown(markdown),
        defaultTitle: look.title.value,
        icon: look.icon,
      })
      cache.set(key, cached)
    }
    return structuredClone(cached)
  }
}
