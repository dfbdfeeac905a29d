/**
 * Runs the corpus through a site's realistic pipeline and scores the final
 * HTML against the labels: was every affiliate link marked `rel="sponsored"`,
 * was no other link marked, and did every page with an affiliate link end up
 * disclosed.
 */
import { evaluate } from '@mdx-js/mdx'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import remarkNotices, { type Options } from '../../src/index'
import { elements, runtime } from '../helpers/jsx'
import {
  type CorpusLink,
  type CorpusSite,
  type LinkForm,
  type ManifestSite,
  pageMarkdown,
} from './corpus'

export const FORMS: readonly LinkForm[] = ['markdown', 'html', 'mdx']

/** Counts for one slice of the links. */
export interface Score {
  affiliate: number
  marked: number
  missed: CorpusLink[]
  wronglyMarked: CorpusLink[]
}

export interface PageResult {
  site: string
  path: string
  affiliateLinks: number
  /** `inserted` / `existing` / `none` as the plugin reports it, or `off` when it did nothing. */
  disclosure: string
  /** Inserted by the plugin, or the author's own disclosure (labelled so) recognised by it. */
  disclosed: boolean
  /** The plugin took a sentence that only talks about affiliate links for a disclosure. */
  mentionTakenForDisclosure: boolean
  unmatched: string[]
  /** Affiliate links left without `rel="sponsored"`, in page order. */
  missed: CorpusLink[]
  /** The plugin's `raw-html-affiliate-link` warnings: why a raw HTML link could not be marked. */
  unwritable: string[]
}

export interface Report {
  byForm: Record<LinkForm, Score>
  byNetwork: Map<string, Score>
  pages: PageResult[]
  /** Options a site declares that the plugin does not accept yet (left out of the run). */
  unsupported: string[]
}

const emptyScore = (): Score => ({ affiliate: 0, marked: 0, missed: [], wronglyMarked: [] })

/** Whether the plugin accepts an `affiliate` option key (feature detection, no guessing). */
function accepts(key: string, value: unknown): boolean {
  try {
    unified()
      .use(remarkNotices, { affiliate: { [key]: value } } as Options)
      .freeze()
    return true
  } catch {
    return false
  }
}

/** The options a site would pass, with matcher patterns as RegExps and unsupported keys dropped. */
export function siteOptions(site: ManifestSite, unsupported: Set<string>): Options {
  const affiliate = site.options.affiliate
  if (!affiliate) return {}
  const options: Record<string, unknown> = {}
  for (const [key, raw] of Object.entries(affiliate)) {
    const value =
      key === 'matchers'
        ? (raw as NonNullable<typeof affiliate.matchers>).map((matcher) =>
            typeof matcher === 'object' && matcher.pattern !== undefined
              ? { network: matcher.network, pattern: new RegExp(matcher.pattern) }
              : matcher,
          )
        : raw
    if (accepts(key, value)) options[key] = value
    else unsupported.add(`affiliate.${key}`)
  }
  return { affiliate: options } as Options
}

/** Markdown → HTML as a site with raw HTML renders it: remark-rehype keeps raw HTML, rehype-raw parses it. */
async function render(markdown: string, options: Options) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkNotices, options)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(new VFile(markdown))
  return { html: String(file), file }
}

/** MDX → elements as Astro or Next.js compile it: @mdx-js/mdx with the same remark plugins. */
async function renderMdx(markdown: string, options: Options) {
  const file = new VFile(markdown)
  const module = await evaluate(file, {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective, [remarkNotices, options]],
  })
  const Content = module.default as (props: Record<string, unknown>) => unknown
  const tree = Content({})
  // The plugin's own disclosure is an `aside`; its links are not the page's.
  const asides = elements(tree, 'aside').filter(
    (aside) => aside.props['data-notice'] === 'affiliate-disclosure',
  )
  const inside = new Set(asides.flatMap((aside) => elements(aside.props.children, 'a')))
  const links: Anchor[] = elements(tree, 'a')
    .filter((link) => !inside.has(link) && typeof link.props.href === 'string')
    .map((link) => ({
      href: String(link.props.href),
      sponsored: String(link.props.rel ?? '')
        .split(/\s+/)
        .includes('sponsored'),
    }))
  return { output: { links, disclosure: asides.length > 0 }, file }
}

/** Tolerant URL comparison: Markdown URLs come out percent-encoded, raw HTML ones as written. */
function same(a: string, b: string): boolean {
  const decode = (value: string) => {
    try {
      return decodeURI(value)
    } catch {
      return value
    }
  }
  return decode(a) === decode(b)
}

interface Anchor {
  href: string
  sponsored: boolean
}

/** The page's links in document order, leaving out the plugin's own disclosure. */
function anchors(tree: Root): { links: Anchor[]; disclosure: boolean } {
  const links: Anchor[] = []
  let disclosure = false
  visit(tree, 'element', (node: Element) => {
    // The plugin's own disclosure is an `aside`; an author paragraph it
    // recognised carries the same data attribute and keeps its links.
    if (node.tagName === 'aside' && node.properties.dataNotice === 'affiliate-disclosure') {
      disclosure = true
      return 'skip'
    }
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return
    const rel = node.properties.rel
    // hast keeps `rel` as a list of tokens.
    const tokens = Array.isArray(rel) ? rel.map(String) : []
    links.push({ href: node.properties.href, sponsored: tokens.includes('sponsored') })
  })
  return { links, disclosure }
}

export async function measure(corpus: CorpusSite[]): Promise<Report> {
  const byForm = Object.fromEntries(FORMS.map((form) => [form, emptyScore()])) as Record<
    LinkForm,
    Score
  >
  const byNetwork = new Map<string, Score>()
  const pages: PageResult[] = []
  const unsupported = new Set<string>()

  for (const site of corpus) {
    const options = siteOptions(site, unsupported)
    for (const page of site.corpusPages) {
      const markdown = pageMarkdown(page)
      const { output, file } =
        page.format === 'mdx'
          ? await renderMdx(markdown, options)
          : await render(markdown, options).then(({ html, file }) => ({
              output: anchors(fromHtml(html, { fragment: true })),
              file,
            }))
      const unmatched: string[] = []
      const missed: CorpusLink[] = []
      let cursor = 0
      for (const link of page.links) {
        const found = output.links.findIndex(
          (anchor, index) => index >= cursor && same(anchor.href, link.href),
        )
        if (found === -1) unmatched.push(link.href)
        else cursor = found + 1
        const sponsored = found !== -1 && output.links[found]?.sponsored === true
        if (link.affiliate && !sponsored) missed.push(link)
        const network = byNetwork.get(link.network) ?? emptyScore()
        byNetwork.set(link.network, network)
        for (const score of [byForm[link.form], network]) {
          if (link.affiliate) {
            score.affiliate++
            if (sponsored) score.marked++
            else score.missed.push(link)
          } else if (sponsored) score.wronglyMarked.push(link)
        }
      }
      const affiliateLinks = page.links.filter((link) => link.affiliate).length
      const data = file.data.affiliate
      const disclosure = output.disclosure ? 'inserted' : (data?.disclosure ?? 'off')
      const ownDisclosure = page.statements.some(
        (s) => s.kind === 'disclosure' || s.kind === 'include',
      )
      pages.push({
        site: site.id,
        path: page.path,
        affiliateLinks,
        disclosure,
        disclosed: output.disclosure || (disclosure === 'existing' && ownDisclosure),
        mentionTakenForDisclosure:
          disclosure === 'existing' &&
          !ownDisclosure &&
          page.statements.some((s) => s.kind === 'mention'),
        unmatched,
        missed,
        unwritable: file.messages
          .filter((message) => message.ruleId === 'raw-html-affiliate-link')
          .map((message) => message.reason),
      })
    }
  }
  return { byForm, byNetwork, pages, unsupported: [...unsupported] }
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`

export const recall = (score: Score) => (score.affiliate === 0 ? 1 : score.marked / score.affiliate)

/** The figures as a plain-text table, plus what is missed, by network, with an example each. */
export function formatReport(report: Report, sites: number): string {
  const lines: string[] = []
  const withAffiliate = report.pages.filter((page) => page.affiliateLinks > 0)
  lines.push(
    `Real-world corpus: ${report.pages.length} pages from ${sites} sites, ${withAffiliate.length} with affiliate links`,
    '',
    'form      affiliate  marked  recall    wrongly marked',
  )
  for (const form of FORMS) {
    const score = report.byForm[form]
    lines.push(
      `${form.padEnd(9)} ${String(score.affiliate).padStart(9)}  ${String(score.marked).padStart(6)}  ${percent(score.marked, score.affiliate).padStart(8)}  ${score.wronglyMarked.length}`,
    )
  }
  const all = FORMS.map((form) => report.byForm[form])
  const total = all.reduce((sum, score) => sum + score.affiliate, 0)
  const marked = all.reduce((sum, score) => sum + score.marked, 0)
  const wrong = all.reduce((sum, score) => sum + score.wronglyMarked.length, 0)
  lines.push(
    `${'all'.padEnd(9)} ${String(total).padStart(9)}  ${String(marked).padStart(6)}  ${percent(marked, total).padStart(8)}  ${wrong}`,
    `precision: ${percent(marked, marked + wrong)}`,
    '',
    `pages with affiliate links disclosed: ${withAffiliate.filter((page) => page.disclosed).length} of ${withAffiliate.length}` +
      ` (inserted ${withAffiliate.filter((page) => page.disclosure === 'inserted').length},` +
      ` author's own recognised ${withAffiliate.filter((page) => page.disclosed && page.disclosure === 'existing').length})`,
    `pages where a sentence about affiliate links was taken for a disclosure: ${report.pages.filter((page) => page.mentionTakenForDisclosure).length}`,
  )
  if (report.unsupported.length > 0) {
    lines.push(
      `site options the plugin does not accept yet (left out): ${report.unsupported.join(', ')}`,
    )
  }
  const missed = report.pages.flatMap((page) =>
    page.missed.map((link) => ({ page, link, why: explanation(page, link) })),
  )
  if (missed.length > 0) {
    lines.push('', 'missed affiliate links, with the reason the plugin gives:')
    for (const { page, link, why } of missed) {
      lines.push(
        `  ${page.site}:${page.path} (${link.form} ${link.kind}) ${link.href.slice(0, 70)}…`,
        `    ${why ?? 'no reason given'}`,
      )
    }
  }
  lines.push('', 'network           affiliate  marked  recall    wrongly marked  example missed')
  for (const [network, score] of [...report.byNetwork].sort(
    (a, b) => b[1].affiliate - a[1].affiliate,
  )) {
    const example = score.missed[0] ?? score.wronglyMarked[0]
    lines.push(
      `${network.padEnd(17)} ${String(score.affiliate).padStart(9)}  ${String(score.marked).padStart(6)}  ${percent(score.marked, score.affiliate).padStart(8)}  ${String(score.wronglyMarked.length).padStart(14)}  ${example ? `${example.form} ${example.href.slice(0, 90)}` : ''}`,
    )
  }
  return lines.join('\n')
}

/**
 * The plugin's own reason for leaving a link unmarked: its
 * `raw-html-affiliate-link` warning on that page naming the link's host.
 */
export function explanation(page: PageResult, link: CorpusLink): string | undefined {
  let host: string
  try {
    // Protocol-relative links count as https, as in the plugin.
    host = new URL(link.href.startsWith('//') ? `https:${link.href}` : link.href).hostname
  } catch {
    return undefined // a relative link names no host
  }
  const reason = page.unwritable.find((text) => text.includes(`(\`${host}\`)`))
  // The part after the colon says why; the start only names the network and host.
  return reason?.slice(reason.indexOf(': ') + 2)
}
