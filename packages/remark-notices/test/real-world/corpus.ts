/**
 * The real-world corpus as committed: `manifest.json` (sites, licences, the
 * options each site would pass) and `sites/<id>.json` (per page, every link
 * form with its label, and the author's sentences about affiliate links).
 * `build-corpus.mjs` regenerates the fixtures from repository snapshots.
 */
import { readFileSync } from 'node:fs'

export type LinkForm = 'markdown' | 'html' | 'mdx'

export interface CorpusLink {
  form: LinkForm
  /** `inline`, `reference`, `autolink`, `literal` (Markdown); `inline`/`block` (HTML, MDX). */
  kind: string
  href: string
  /** The smallest source around the link: the link itself, or its tag up to `</a>`. */
  snippet: string
  affiliate: boolean
  network: string
}

export interface CorpusStatement {
  /** How many of the page's links come before this sentence. */
  at: number
  text: string
  kind: 'disclosure' | 'include' | 'mention' | 'other'
}

export interface CorpusPage {
  path: string
  format: 'md' | 'mdx'
  links: CorpusLink[]
  statements: CorpusStatement[]
}

/** A site's options as JSON: matcher patterns are strings until `siteOptions` turns them into RegExps. */
export interface ManifestSite {
  id: string
  repo: string
  commit: string
  niche: string
  language: string
  licence: string
  committed: string
  options: {
    affiliate?: {
      matchers?: Array<string | { network: string; host?: string; pattern?: string }>
      redirects?: string[]
      existing?: string[]
    }
  }
  pages: string[]
}

export interface CorpusSite extends ManifestSite {
  corpusPages: CorpusPage[]
}

const here = new URL('./', import.meta.url)

export function loadCorpus(): CorpusSite[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', here), 'utf8')) as {
    sites: ManifestSite[]
  }
  return manifest.sites.map((site) => {
    const fixture = JSON.parse(readFileSync(new URL(`sites/${site.id}.json`, here), 'utf8')) as {
      pages: CorpusPage[]
    }
    return { ...site, corpusPages: fixture.pages }
  })
}

/** Markdown links inside a quoted sentence become plain text, so each link is measured once. */
const plain = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')

/**
 * A page rebuilt from its fixture: a title, then the links and the author's
 * sentences in page order. Raw HTML that stood as a block is kept a block (a
 * `<div>` around it); inline HTML and Markdown links stay inline in a paragraph.
 */
export function pageMarkdown(page: CorpusPage): string {
  const blocks = [`# ${page.path.replace(/^.*\//, '').replace(/\.\w+$/, '')}`]
  const statementsAt = (index: number) =>
    page.statements.filter((statement) => statement.at === index).map((s) => plain(s.text))
  page.links.forEach((link, index) => {
    blocks.push(...statementsAt(index))
    blocks.push(
      link.form === 'html' && link.kind === 'block'
        ? `<div>\n${link.snippet}\n</div>`
        : link.snippet,
    )
  })
  blocks.push(...statementsAt(page.links.length))
  return `${blocks.join('\n\n')}\n`
}
