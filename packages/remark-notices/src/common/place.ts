import type { Root, RootContent } from 'mdast'

// Nodes that belong before any content: front matter and MDX imports/exports.
const PREAMBLE = new Set(['yaml', 'toml', 'mdxjsEsm'])

/** What a node means for finding the title: it is (or holds) it, it is content, or neither. */
type Finding = 'title' | 'content' | 'nothing'

/**
 * The index right after the page title among the root's children, where
 * "top" notices go. The title is the first `h1` of the body, also when it is
 * wrapped in MDX JSX (Docusaurus puts it in a `<header>`, authors in a hero
 * `<div>`), as long as nothing a reader sees comes before it. Without one the
 * title lives outside the body (front matter, a layout) and the top is the
 * first node after front matter and imports.
 */
export function afterTitle(tree: Root): number {
  let first: number | undefined
  for (const [index, node] of tree.children.entries()) {
    if (PREAMBLE.has(node.type)) continue
    first ??= index
    const finding = find(node)
    if (finding === 'title') return index + 1
    if (finding === 'content') break
  }
  return first ?? tree.children.length
}

function find(node: RootContent): Finding {
  // `{/* comments */}` in MDX; compared as a string, since the mdast types of
  // MDX expressions are not a dependency of this package.
  if ((node.type as string) === 'mdxFlowExpression') return 'nothing'
  switch (node.type) {
    case 'heading':
      return node.depth === 1 ? 'title' : 'content'
    case 'mdxJsxFlowElement':
      // `<JsonLd />` shows nothing; `<header># Title</header>` holds the title.
      for (const child of node.children) {
        const finding = find(child)
        if (finding !== 'nothing') return finding
      }
      return 'nothing'
    case 'definition':
      return 'nothing'
    case 'html':
      return /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? 'nothing' : 'content'
    default:
      return 'content'
  }
}
