import { getGuidance } from '@healthmark/cramp-guidance'
import fc from 'fast-check'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../../test/support/property-runs'
import { documents } from '../fuzz/documents.mjs'
import { checkDocument, createPipelines } from '../fuzz/invariants.mjs'
import remarkNotices from '../src/index'

// The fuzz run's documents and invariants (`npm run fuzz` runs 100,000 of
// them on the build), here on the source at a size the suite can afford:
// round trips through remark-stringify twice, links and autolink literals in
// directive labels, text directives in nested blockquotes, reference links
// to `javascript:` in alert titles, protocol-relative and cloaked links.
const RUNS = 15

describe('fuzzed documents', () => {
  const pipelines = createPipelines(remarkNotices, { tips: getGuidance('en') })

  it('keep every invariant', () => {
    fc.assert(
      fc.property(documents, (markdown) => {
        expect(checkDocument(pipelines, markdown)).toEqual([])
      }),
      { numRuns: propertyRuns(RUNS) },
    )
  })

  // Plugins that break one promise each: the invariants must notice, or the
  // property above proves nothing.
  const dropQuotes = () => (tree: Root) => {
    tree.children = tree.children.filter((node) => node.type !== 'blockquote')
  }
  const nothing = () => () => {}
  const appendLink = () => (tree: Root) => {
    tree.children.push({
      type: 'paragraph',
      children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }],
    })
  }
  it.each([
    ['no-lost-words', dropQuotes, '> calf\n'],
    ['affiliate-links-marked', nothing, '[walk](https://amzn.to/3fuzzAB)\n'],
    ['no-new-script', appendLink, 'calf\n'],
  ])('notice a plugin that breaks %s', (invariant, plugin, markdown) => {
    const failures = checkDocument(createPipelines(plugin, {}), markdown)
    expect(failures.map((failure: { invariant: string }) => failure.invariant)).toContain(invariant)
  })
})
