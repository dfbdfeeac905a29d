/** A JSX element from the tiny runtime below. */
export interface JsxElement {
  type: unknown
  props: Record<string, unknown>
}

/** A tiny JSX runtime for `@mdx-js/mdx`'s `evaluate`: elements become plain objects we can inspect. */
export const runtime = {
  Fragment: Symbol('Fragment'),
  jsx: (type: unknown, props: Record<string, unknown>): JsxElement => ({ type, props }),
  jsxs: (type: unknown, props: Record<string, unknown>): JsxElement => ({ type, props }),
}

/** Every element of a type in a rendered tree, in document order. */
export function elements(node: unknown, type: string, found: JsxElement[] = []): JsxElement[] {
  if (Array.isArray(node)) {
    for (const child of node) elements(child, type, found)
  } else if (typeof node === 'object' && node !== null && 'props' in node) {
    const element = node as JsxElement
    if (element.type === type) found.push(element)
    elements(element.props.children, type, found)
  }
  return found
}
