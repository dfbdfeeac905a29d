import { evaluate } from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkNotices, { type Options } from '../../src/index'

// A tiny JSX runtime that renders straight to an HTML string, so MDX output
// can be checked without React. Enough for elements, props and fragments.
type Props = Record<string, unknown> & { children?: unknown }
const Fragment = Symbol('Fragment')

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')
}

function render(node: unknown): string {
  if (node === null || node === undefined || node === false) return ''
  if (Array.isArray(node)) return node.map(render).join('')
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node))
  return String(node)
}

function jsx(type: unknown, props: Props): { toString(): string } {
  const children = render(props.children)
  if (type === Fragment) return { toString: () => children }
  if (typeof type === 'function') return type(props)
  const attributes = Object.entries(props)
    .filter(([key, value]) => key !== 'children' && value !== undefined && value !== false)
    .map(([key, value]) => {
      const name = key === 'className' ? 'class' : key
      const text =
        typeof value === 'object'
          ? Object.entries(value as object)
              .map(([k, v]) => `${k}:${v}`)
              .join(';')
          : String(value)
      return value === true ? ` ${name}` : ` ${name}="${escapeHtml(text)}"`
    })
    .join('')
  return { toString: () => `<${String(type)}${attributes}>${children}</${String(type)}>` }
}

/** Compile and run MDX with the plugin; return the rendered HTML. */
export async function renderMdx(source: string, options?: Options): Promise<string> {
  const module = await evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    remarkPlugins: [remarkGfm, remarkDirective, [remarkNotices, options]],
  } as unknown as Parameters<typeof evaluate>[1])
  const Content = module.default as unknown as (props: Props) => unknown
  return render(Content({}))
}
