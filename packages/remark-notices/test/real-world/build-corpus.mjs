#!/usr/bin/env node
/**
 * Rebuilds the real-world corpus from repository snapshots.
 *
 *   node test/real-world/build-corpus.mjs <snapshots-dir> [--full <out-dir>]
 *
 * `<snapshots-dir>` holds one bare git directory per repository, named
 * `<owner>+<name>` (or `<owner>+<name>/repo`). For every site in
 * `manifest.json` it reads the pinned commit, picks the pages the manifest
 * names, and writes `sites/<id>.json`: per page, each link's `href` with the
 * smallest Markdown/HTML/JSX snippet around it, in page order, and the
 * author's sentences about affiliate links. Labels are not computed here:
 * they come from `labels.json`, which was decided by reading the links.
 * `--full` also writes the whole pages (for local study; never committed,
 * most content licences do not allow it).
 *
 * Sites whose snapshot is missing are skipped with a note, so anyone can
 * refresh the part they have.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromHtml } from 'hast-util-from-html'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const here = dirname(fileURLToPath(import.meta.url))
const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'))
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'))

const [snapshots, ...rest] = process.argv.slice(2)
if (!snapshots) {
  console.error('usage: build-corpus.mjs <snapshots-dir> [--full <out-dir>]')
  process.exit(2)
}
const fullIndex = rest.indexOf('--full')
const fullDir = fullIndex === -1 ? undefined : rest[fullIndex + 1]

/** Words that make a sentence worth reading as a possible disclosure. */
const STATEMENT =
  /affiliate|commission|amazon associate|qualif(?:y|ied)(?:ing)? purchases|provision|partnerlink|werbelink|werbung|anzeige|afiliad|affili[ée]|comisi[oó]n|sponsored|paid link|earn from/i

function gitDir(repo) {
  const base = join(snapshots, repo.replace('/', '+'))
  for (const candidate of [join(base, 'repo'), base]) {
    if (existsSync(join(candidate, 'HEAD'))) return candidate
  }
  return undefined
}

const git = (dir, ...args) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })

function parser(path) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
  return path.endsWith('.mdx') ? processor.use(remarkMdx) : processor
}

const slice = (source, node) => source.slice(node.position.start.offset, node.position.end.offset)

/** The `href` of `<a>` start tags in an HTML string, decoded as a browser would. */
function htmlAnchors(html) {
  const found = []
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string')
      found.push(node.properties.href)
  })
  return found
}

/** Links a reader can click, in page order, with the smallest snippet around each. */
function extract(source, path, site) {
  const tree = parser(path).parse(source)
  const definitions = new Map()
  visit(tree, 'definition', (node) => definitions.set(node.identifier, node))
  const items = []
  const keep = (href) =>
    /^(https?:)?\/\//i.test(href) ||
    (site.options?.affiliate?.redirects ?? []).some(
      (prefix) => prefix.startsWith('/') && href.startsWith(prefix),
    )

  visit(tree, (node, index, parent) => {
    if (node.type === 'link') {
      if (!keep(node.url)) return
      if (!node.position) {
        // A GFM literal autolink (`https://…` in running text) has no position of its own.
        const text = node.children.map((child) => child.value ?? '').join('')
        const from = source.indexOf(text, parent.position.start.offset)
        items.push({
          offset: from,
          form: 'markdown',
          kind: 'literal',
          href: node.url,
          snippet: text,
        })
        return
      }
      const snippet = slice(source, node)
      const kind = snippet.startsWith('[')
        ? 'inline'
        : snippet.startsWith('<')
          ? 'autolink'
          : 'literal'
      items.push({
        offset: node.position.start.offset,
        form: 'markdown',
        kind,
        href: node.url,
        snippet,
      })
    } else if (node.type === 'linkReference') {
      const definition = definitions.get(node.identifier)
      if (!definition || !keep(definition.url)) return
      items.push({
        offset: node.position.start.offset,
        form: 'markdown',
        kind: 'reference',
        href: definition.url,
        snippet: `${slice(source, node)}\n\n${slice(source, definition)}`,
      })
    } else if (node.type === 'html') {
      const value = node.value
      const inline =
        parent?.type !== 'root' && parent?.type !== 'blockquote' && parent?.type !== 'listItem'
      for (const match of value.matchAll(/<a(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
        const [href] = htmlAnchors(match[0])
        if (href === undefined || !keep(href)) continue
        const start = match.index
        let snippet
        const close = value.indexOf('</a>', start)
        if (close !== -1) snippet = value.slice(start, close + 4)
        else if (inline && parent) {
          // `<a …>text</a>` inside a paragraph is split into several nodes.
          const end = parent.children
            .slice(index + 1)
            .find((sibling) => sibling.type === 'html' && /<\/a>/i.test(sibling.value))
          snippet = end
            ? source.slice(node.position.start.offset + start, end.position.end.offset)
            : value.slice(start)
        } else snippet = value.slice(start)
        items.push({
          offset: node.position.start.offset + start,
          form: 'html',
          kind: inline ? 'inline' : 'block',
          href,
          snippet,
        })
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attribute = node.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'href',
      )
      if (!attribute || typeof attribute.value !== 'string' || !keep(attribute.value)) return
      items.push({
        offset: node.position.start.offset,
        form: 'mdx',
        kind: node.type === 'mdxJsxFlowElement' ? 'block' : 'inline',
        element: node.name,
        href: attribute.value,
        snippet: slice(source, node),
      })
    }
  })
  items.sort((a, b) => a.offset - b.offset)

  const statements = []
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'html' && node.type !== 'heading') return
    const text = slice(source, node).replace(/\s+/g, ' ').trim()
    if (!STATEMENT.test(text) && !/\{%\s*include|\{\{<\s*\w*(affiliate|disclos)/i.test(text)) return
    const offset = node.position.start.offset
    statements.push({
      at: items.filter((item) => item.offset < offset).length,
      text: text.slice(0, 400),
    })
    return 'skip'
  })
  return { links: items.map(({ offset, ...item }) => item), statements }
}

function labelFor(site, page, link, n) {
  const override = labels.links?.[`${site.id}:${page}#${n}`]
  if (override) return override
  for (const rule of labels.rules) {
    if (rule.sites && !rule.sites.includes(site.id)) continue
    if (new RegExp(rule.pattern, 'i').test(link.href))
      return { affiliate: rule.affiliate, network: rule.network }
  }
  return { affiliate: false, network: 'none' }
}

/** JSON with one link or statement per line: readable diffs, no indentation bulk. */
function format(site) {
  const pages = site.pages.map((page) => {
    const lines = (list) => list.map((item) => `   ${JSON.stringify(item)}`).join(',\n')
    return `  {"path": ${JSON.stringify(page.path)}, "format": "${page.format}",\n  "links": [\n${lines(page.links)}\n  ],\n  "statements": [\n${lines(page.statements)}\n  ]}`
  })
  return `{"id": ${JSON.stringify(site.id)}, "repo": ${JSON.stringify(site.repo)}, "commit": "${site.commit}",\n "pages": [\n${pages.join(',\n')}\n ]}\n`
}

mkdirSync(join(here, 'sites'), { recursive: true })
for (const site of manifest.sites) {
  const dir = gitDir(site.repo)
  if (!dir) {
    console.warn(`skip ${site.id}: no snapshot of ${site.repo} under ${snapshots}`)
    continue
  }
  const pages = []
  for (const path of site.pages) {
    let source
    try {
      source = git(dir, 'show', `${site.commit}:${path}`)
    } catch {
      console.warn(`skip ${site.id}:${path}: not at ${site.commit}`)
      continue
    }
    if (fullDir) {
      const out = join(fullDir, site.id, path)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, source)
    }
    const { links, statements } = extract(source, path, site)
    const review = labels.statements?.[`${site.id}:${path}`] ?? {}
    pages.push({
      path,
      format: path.endsWith('.mdx') ? 'mdx' : 'md',
      links: links.map((link, n) => ({ ...link, ...labelFor(site, path, link, n) })),
      statements: statements.map((statement, n) => ({
        ...statement,
        kind: review[n] ?? 'unreviewed',
      })),
    })
  }
  writeFileSync(
    join(here, 'sites', `${site.id}.json`),
    format({ id: site.id, repo: site.repo, commit: site.commit, pages }),
  )
  console.log(
    `${site.id}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.links.length, 0)} links`,
  )
}
