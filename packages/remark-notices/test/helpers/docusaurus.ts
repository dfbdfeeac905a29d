import type { Heading, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'

// What Docusaurus 3's own remark plugins do to a tree before the plugins a
// site lists in `remarkPlugins`, reduced to the part that matters here.

/** Like `contentTitle`: the first `h1`, if it is the first heading, goes into a JSX `<header>`. */
export function docusaurusContentTitle() {
  return (tree: Root) => {
    const index = tree.children.findIndex((node) => node.type === 'heading')
    const heading = tree.children[index] as Heading | undefined
    if (heading?.depth !== 1) return
    const header: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'header',
      attributes: [],
      children: [heading],
    }
    tree.children[index] = header
  }
}

/** Docusaurus's default admonition keywords. */
export const DOCUSAURUS_ADMONITIONS = [
  'secondary',
  'info',
  'success',
  'danger',
  'note',
  'tip',
  'warning',
  'important',
  'caution',
]

/** Like `admonitions`: every keyword container becomes Docusaurus's `admonition` element. */
export function docusaurusAdmonitions() {
  return (tree: Root) => {
    const visit = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'containerDirective' && DOCUSAURUS_ADMONITIONS.includes(node.name)) {
          node.data = { hName: 'admonition', hProperties: { type: node.name } }
        }
        if ('children' in node) visit(node.children as RootContent[])
      }
    }
    visit(tree.children)
  }
}
