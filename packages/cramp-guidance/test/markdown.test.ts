import type { GuidanceSet, Source } from '@healthmark/schema'
import { EVIDENCE_WORDS } from '@healthmark/schema'
import fc from 'fast-check'
import type { Blockquote, Heading, Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { propertyRuns } from '../../../test/support/property-runs'
import sources from '../data/sources.json'
import { ASPECTS_IN_READING_ORDER } from '../src/aspects'
import { withCitations } from '../src/citations'
import { availableLocales, getGuidance, toMarkdown } from '../src/index'
import { PAGE_LABELS } from '../src/markdown/labels'

const parser = unified().use(remarkParse).use(remarkGfm)

function parse(markdown: string): Root {
  return parser.parse(markdown)
}

/** Every node of a tree, depth first. */
function all(node: Nodes): Nodes[] {
  const children = 'children' in node ? (node.children as Nodes[]) : []
  return [node, ...children.flatMap(all)]
}

/** The text a reader sees in a node (escapes resolved, markup dropped). */
function text(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(text).join('')
  return ''
}

function headings(tree: Root, depth: number): string[] {
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === depth)
    .map(text)
}

/** Top-level blockquotes whose first line is a callout marker such as `[!MEDICAL]`. */
function callouts(tree: Root): Array<{ marker: string; node: Blockquote }> {
  return tree.children
    .filter((node): node is Blockquote => node.type === 'blockquote')
    .map((node) => ({ marker: /^\[!([A-Z-]+)\]/.exec(text(node))?.[1] ?? '', node }))
}

function copy(set: GuidanceSet): GuidanceSet {
  return JSON.parse(JSON.stringify(set)) as GuidanceSet
}

describe.each(availableLocales)('toMarkdown(getGuidance(%j))', (locale) => {
  const set = getGuidance(locale)
  const markdown = toMarkdown(set)
  const tree = parse(markdown)
  const labels = PAGE_LABELS[locale]
  const words = EVIDENCE_WORDS[locale]

  it('has one h1, the set title', () => {
    expect(headings(tree, 1)).toEqual([set.title])
  })

  it('has one h2 per aspect that has tips (plus red flags), in reading order', () => {
    const expected = ASPECTS_IN_READING_ORDER.filter(
      (aspect) =>
        set.tips.some((tip) => tip.aspect === aspect) ||
        (aspect === 'see-doctor' && set.redFlags.length > 0),
    ).map((aspect) => labels.aspects[aspect])
    expect(headings(tree, 2)).toEqual(expected)
  })

  it('has one h3 per tip with its title, in reading order of aspects', () => {
    const expected = ASPECTS_IN_READING_ORDER.flatMap((aspect) =>
      set.tips.filter((tip) => tip.aspect === aspect).map((tip) => tip.title),
    )
    expect(headings(tree, 3)).toEqual(expected)
  })

  it('opens with the disclaimer as a [!MEDICAL] callout', () => {
    const [first] = callouts(tree)
    expect(first?.marker).toBe('MEDICAL')
    expect(tree.children.indexOf(first?.node as Blockquote)).toBe(1)
    expect(text(first?.node as Blockquote)).toContain(set.disclaimer)
  })

  it('lists every red flag in an [!EMERGENCY] or [!SEE-DOCTOR] callout in the see-doctor section', () => {
    const flagCallouts = callouts(tree).filter(({ marker }) =>
      ['EMERGENCY', 'SEE-DOCTOR'].includes(marker),
    )
    const items = flagCallouts.flatMap(({ node }) =>
      all(node).filter((child) => child.type === 'listItem'),
    )
    expect(items.map((item) => text(item))).toEqual(
      ['emergency', 'urgent', 'routine'].flatMap((urgency) =>
        set.redFlags
          .filter((flag) => flag.urgency === urgency)
          .map((flag) => `${flag.symptom} — ${flag.action}`),
      ),
    )
    const seeDoctor = tree.children.findIndex(
      (node) => node.type === 'heading' && text(node) === labels.aspects['see-doctor'],
    )
    const next = tree.children.findIndex(
      (node, index) => index > seeDoctor && node.type === 'heading' && node.depth === 2,
    )
    for (const { node } of flagCallouts) {
      const at = tree.children.indexOf(node)
      expect(at).toBeGreaterThan(seeDoctor)
      expect(at).toBeLessThan(next === -1 ? Number.POSITIVE_INFINITY : next)
    }
  })

  it('gives every tip an evidence line in reader words, never the raw level', () => {
    const lines = tree.children
      .filter((node) => node.type === 'paragraph' && text(node).startsWith(`${words.lead}:`))
      .map((node) => text(node))
    expect(lines).toEqual(
      ASPECTS_IN_READING_ORDER.flatMap((aspect) =>
        set.tips
          .filter((tip) => tip.aspect === aspect)
          .map((tip) => {
            const levels = tip.aspect === 'misconceptions' ? words.against : words.levels
            return `${words.lead}: ${levels[tip.evidence.level]}.`
          }),
      ),
    )
    expect(all(tree).filter((node) => node.type === 'inlineCode')).toEqual([])
    expect(markdown).not.toMatch(/`(strong|moderate|limited|insufficient|expert-opinion)`/)
  })

  it("says a myth's evidence is against the popular claim", () => {
    const myths = set.tips.filter((tip) => tip.aspect === 'misconceptions')
    expect(myths.length).toBeGreaterThan(0)
    for (const tip of myths) {
      expect(markdown).toContain(`**${words.lead}:** ${words.against[tip.evidence.level]}.`)
    }
  })

  it('does not print the reviewer notes', () => {
    for (const tip of set.tips) expect(tip.evidence.note).toBeUndefined()
    const sample = withCitations(set).tips.flatMap((tip) => tip.evidence.note ?? [])
    expect(sample.length).toBeGreaterThan(10)
    expect(sample.filter((note) => markdown.includes(note))).toEqual([])
  })

  it('lists sources like a reference list: no year for live pages, the check date instead', () => {
    const definitions = all(tree)
      .filter((node) => node.type === 'footnoteDefinition')
      .map((node) => [node.identifier, text(node)] as const)
    const nhs = definitions.find(([id]) => id === 'nhs-leg-cramps')?.[1]
    expect(nhs).toBe(
      `Leg cramps. NHS. https://www.nhs.uk/conditions/leg-cramps/ (${labels.accessed} ${sources['nhs-leg-cramps'].accessed})`,
    )
    const aafp = definitions.find(([id]) => id === 'aafp-nlc-2012')?.[1]
    expect(aafp).toBe(
      'Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 86(4):350-5, 2012. https://pubmed.ncbi.nlm.nih.gov/22963024/',
    )
  })

  it('cites every source as a footnote, one definition per distinct source', () => {
    const nodes = all(tree)
    const references = new Set(
      nodes.flatMap((node) => (node.type === 'footnoteReference' ? [node.identifier] : [])),
    )
    const definitions = nodes.filter((node) => node.type === 'footnoteDefinition')
    const urls = new Set(
      [
        ...set.tips.flatMap((tip) => tip.evidence.sources),
        ...set.redFlags.flatMap((f) => f.sources),
      ].map((source) => source.url),
    )
    expect(definitions.map((node) => node.identifier).sort()).toEqual([...references].sort())
    expect(definitions).toHaveLength(urls.size)
    const linked = nodes.flatMap((node) => (node.type === 'link' ? [node.url] : []))
    expect(new Set(linked)).toEqual(urls)
  })

  it('is deterministic', () => {
    expect(toMarkdown(set)).toBe(markdown)
  })
})

describe('toMarkdown on edge cases', () => {
  it('escapes plain-text fields so they render as written', () => {
    const set = copy(getGuidance('en'))
    const tricky = 'A *bold* _it_ [link](x) [^1] <b>html</b> &amp; `code` ~~x~~ | :smile #'
    set.title = tricky
    const [tip] = set.tips
    if (tip) tip.title = tricky
    const tree = parse(toMarkdown(set))
    expect(headings(tree, 1)).toEqual([tricky])
    expect(headings(tree, 3)[0]).toBe(tricky)
    const kinds = new Set(all(tree.children[0] as Heading).map((node) => node.type))
    expect([...kinds].sort()).toEqual(['heading', 'text'])
  })

  // Plain text as the schema allows it: one line, no `<` or `>`. Every ASCII
  // punctuation mark is in the alphabet, so this tries emphasis, links,
  // footnotes, entities, code, tables, directives and closing `#`s.
  const plainText = fc
    .array(
      fc.constantFrom(
        ...'aZ9 ä“”!"#$%&\'()*+,-./:;=?@[\\]^_`{|}~',
        'www.example.com',
        'https://x.org',
        '&amp;',
        ':::note',
        '[^1]',
      ),
      { minLength: 1, maxLength: 40 },
    )
    .map((parts) => parts.join(''))
    .filter((value) => value.trim() !== '')

  // Sets per run; CI runs ten times as many (PROPERTY_RUNS_SCALE in .ci/run).
  const RUNS = 20

  it('renders any plain-text title and red flag exactly as written (property)', () => {
    const base = copy(getGuidance('en'))
    fc.assert(
      fc.property(plainText, plainText, (title, symptom) => {
        const set = {
          ...base,
          title,
          tips: base.tips.slice(0, 1),
          redFlags: base.redFlags.slice(0, 1),
        }
        const [flag] = set.redFlags
        if (flag) set.redFlags = [{ ...flag, symptom, action: 'See a doctor.' }]
        const tree = parse(toMarkdown(set))
        expect(headings(tree, 1)).toEqual([title.trim()])
        const callout = callouts(tree).find(({ marker }) => marker !== 'MEDICAL')
        const item = all(callout?.node as Blockquote).find((node) => node.type === 'listItem')
        expect(text(item as Nodes)).toBe(`${symptom.trim()} — See a doctor.`)
      }),
      { numRuns: propertyRuns(RUNS) },
    )
  })

  it('puts emergencies first, as an [!EMERGENCY] callout', () => {
    const set = copy(getGuidance('de'))
    const [flag] = set.redFlags
    if (flag) flag.urgency = 'emergency'
    const markers = callouts(parse(toMarkdown(set))).map(({ marker }) => marker)
    expect(markers.slice(0, 2)).toEqual(['MEDICAL', 'EMERGENCY'])
    const emergency = callouts(parse(toMarkdown(set)))[1]?.node as Blockquote
    expect(text(emergency)).toMatch(`[!EMERGENCY] ${PAGE_LABELS.de.urgencies.emergency}`)
  })

  it('keeps a see-doctor section for red flags when no tip has that aspect', () => {
    const set = copy(getGuidance('en'))
    set.tips = set.tips.filter((tip) => tip.aspect !== 'see-doctor')
    expect(headings(parse(toMarkdown(set)), 2)).toContain(PAGE_LABELS.en.aspects['see-doctor'])
  })

  it('labels sources without an id by number, and a clashing id once it is taken', () => {
    const set = copy(getGuidance('en'))
    const anonymous: Source = {
      title: 'Anonymous source?',
      publisher: 'Publisher',
      url: 'https://example.org/a',
      year: 2020,
    }
    const clash: Source = { ...anonymous, id: 'nhs-leg-cramps', url: 'https://example.org/b' }
    const [tip] = set.tips
    if (tip) tip.evidence.sources = [anonymous, clash, anonymous]
    const tree = parse(toMarkdown(set))
    const definitions = all(tree).filter((node) => node.type === 'footnoteDefinition')
    // First come, first served: the clashing source claims the id, so the
    // real NHS page, met later, is numbered.
    expect(definitions.slice(0, 2).map((node) => node.identifier)).toEqual([
      'source-1',
      'nhs-leg-cramps',
    ])
    // A title that ends in punctuation gets no extra full stop.
    expect(text(definitions[0] as Nodes)).toMatch(/^Anonymous source\? Publisher, 2020\./)
    const nhs = definitions.find((node) => text(node).startsWith('Leg cramps.'))
    expect(nhs?.identifier).toMatch(/^source-\d+$/)
  })

  it('uses English labels for a locale without labels, German for de-AT', () => {
    const fr = copy(getGuidance('en'))
    fr.locale = 'fr'
    expect(toMarkdown(fr)).toContain(`## ${PAGE_LABELS.en.aspects.overview}`)
    const at = copy(getGuidance('de'))
    at.locale = 'de-AT'
    expect(toMarkdown(at)).toContain(`## ${PAGE_LABELS.de.aspects.overview}`)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'text'],
    ['an empty object', {}],
    ['a set whose tips are not an array', { ...getGuidance('en'), tips: 'none' }],
  ])('throws a TypeError naming `set` for %s', (_label, bad) => {
    expect(() => toMarkdown(bad as unknown as GuidanceSet)).toThrow(TypeError)
    expect(() => toMarkdown(bad as unknown as GuidanceSet)).toThrow(
      /^toMarkdown: argument `set` must be a guidance set/,
    )
  })
})
