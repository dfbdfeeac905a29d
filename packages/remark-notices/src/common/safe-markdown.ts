import type { BlockContent, DefinitionContent, Nodes, PhrasingContent, Text } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as mdastToString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'

/** URL schemes a link from options may use; anything else is unlinked. */
const SAFE_PROTOCOL = /^(?:https?|mailto|tel):/i

/** Parents whose children are blocks, where a text node cannot stand alone. */
const FLOW_PARENTS = new Set([
  'root',
  'blockquote',
  'listItem',
  'footnoteDefinition',
  'containerDirective',
])

/** Relative URLs (no scheme before the first `/`, `?` or `#`) are safe too. */
function isSafeUrl(url: string): boolean {
  const colon = url.indexOf(':')
  if (colon === -1) return true
  const slash = url.search(/[/?#]/)
  if (slash !== -1 && slash < colon) return true
  return SAFE_PROTOCOL.test(url)
}

/**
 * Make nodes that did not come from the document itself (option text, titles,
 * directive labels) unable to inject markup: raw HTML becomes visible text
 * and links with a scheme such as `javascript:` lose their link, keeping
 * their text. Works in place.
 */
export function defuse(tree: Nodes): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return
    if (node.type === 'html') {
      const text: Text = { type: 'text', value: node.value }
      // Block-level HTML becomes a paragraph of text, inline HTML just text.
      const replacement = FLOW_PARENTS.has(parent.type)
        ? { type: 'paragraph' as const, children: [text] }
        : text
      parent.children[index] = replacement as never
      return SKIP
    }
    if ((node.type === 'link' || node.type === 'image') && !isSafeUrl(node.url)) {
      const replacement: PhrasingContent[] =
        node.type === 'link' ? node.children : [{ type: 'text', value: node.alt ?? '' }]
      parent.children.splice(index, 1, ...(replacement as never[]))
      return index
    }
    if (node.type === 'definition' && !isSafeUrl(node.url)) node.url = ''
  })
}

/**
 * Make a callout title plain: every link form (inline, reference, autolink,
 * raw HTML) keeps only its text and images keep their alt text, so a title,
 * which is a `<summary>` or a label, never holds a link whose target is
 * defined elsewhere (`[click][d]` with `[d]: javascript:…`). Works in place.
 */
export function unlinkTitle(tree: Nodes): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return
    let replacement: PhrasingContent[] | undefined
    if (node.type === 'link' || node.type === 'linkReference') replacement = node.children
    else if (node.type === 'image' || node.type === 'imageReference') {
      replacement = node.alt ? [{ type: 'text', value: node.alt }] : []
    } else if (node.type === 'html') replacement = [{ type: 'text', value: node.value }]
    if (replacement === undefined) return
    parent.children.splice(index, 1, ...(replacement as never[]))
    return index
  })
}

/**
 * Parse Markdown written in options (disclaimer and disclosure texts) into
 * blocks without positions, defused.
 */
export function parseOptionMarkdown(markdown: string): Array<BlockContent | DefinitionContent> {
  const root = fromMarkdown(markdown)
  visit(root, (node) => {
    delete node.position
  })
  defuse(root)
  return root.children as Array<BlockContent | DefinitionContent>
}

/** Plain text of inline content, for the accessible name. */
export function plainText(children: PhrasingContent[]): string {
  return children
    .map((child) => mdastToString(child))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
