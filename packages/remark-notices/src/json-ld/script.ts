import { serializeJsonLd } from '@healthmark/schema'
import type { Paragraph } from 'mdast'

/**
 * A `<script type="application/ld+json">` element for the tree. It is a
 * block node carrying `hName`/`hChildren` rather than a raw `html` node, so
 * it renders with remark-rehype's defaults and through MDX (neither passes
 * raw HTML on). The JSON is serialized with `<`, `>` and `&` escaped, so no
 * value can end the element or open a comment (`</script>`, `<!--`).
 */
export function jsonLdScript(value: unknown): Paragraph {
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'script',
      hProperties: { type: 'application/ld+json' },
      hChildren: [{ type: 'text', value: serializeJsonLd(value) }],
    },
  }
}
