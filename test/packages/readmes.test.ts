import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as nodeText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { publicPackages, rootDir } from './workspace'

/**
 * Package READMEs are read on npm, where a relative link breaks and a long
 * reference buries what a newcomer needs: they stay short, link absolutely,
 * and leave the details to `docs/`. Every link into the repository, from a
 * README or a docs page, must reach a file that exists and a heading in it.
 */
const MAX_README_LINES = 450

/** Where package READMEs point to files of this repository. */
const REPOSITORY_FILE =
  /^https:\/\/github\.com\/healthmark\/healthmark\/(?:blob|tree)\/main\/([^#?]*)(?:#(.*))?$/

interface Link {
  url: string
  line: number
}

interface MarkdownFile {
  links: Link[]
  /** GitHub's anchors for the file's headings, plus `readme` for a folder's README. */
  anchors: Set<string>
  lines: number
}

function readMarkdown(text: string): MarkdownFile {
  const tree = fromMarkdown(text)
  const slugger = new GithubSlugger()
  const anchors = new Set<string>()
  const links: Link[] = []
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(nodeText(node)))
    // Links, images and the definitions behind reference links all carry a `url`.
    if ('url' in node && typeof node.url === 'string') {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 })
    }
  })
  return { links, anchors, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }
}

/** The Markdown a repository path shows on GitHub: the file, or a folder's README. */
function markdownAt(target: string): MarkdownFile | undefined {
  const file =
    existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'README.md') : target
  if (!file.endsWith('.md') || !existsSync(file)) return undefined
  const markdown = readMarkdown(readFileSync(file, 'utf8'))
  markdown.anchors.add('readme')
  return markdown
}

/** What is wrong with one link of `file`; `absoluteOnly` for what npm shows. */
function linkProblem(
  link: Link,
  file: string,
  own: MarkdownFile,
  absoluteOnly: boolean,
): string | undefined {
  const where = `${path.relative(rootDir, file)}:${link.line}: ${link.url}`
  if (link.url.startsWith('#')) {
    const anchor = decodeURIComponent(link.url.slice(1))
    return own.anchors.has(anchor) ? undefined : `${where}: no heading with this anchor`
  }
  const inRepository = REPOSITORY_FILE.exec(link.url)
  let target: string
  let anchor: string | undefined
  if (inRepository) {
    target = path.join(rootDir, decodeURIComponent(inRepository[1] ?? ''))
    anchor = inRepository[2]
  } else if (/^[a-z][a-z\d+.-]*:/i.test(link.url)) {
    return undefined
  } else if (absoluteOnly) {
    return `${where}: relative link (npm breaks it): use https://github.com/healthmark/healthmark/blob/main/…`
  } else {
    const [pathPart = '', hash] = link.url.split('#', 2)
    target = path.resolve(path.dirname(file), decodeURIComponent(pathPart))
    anchor = hash
  }
  if (!existsSync(target)) return `${where}: no such file in the repository`
  if (anchor === undefined || anchor === '') return undefined
  const markdown = markdownAt(target)
  if (!markdown) return `${where}: an anchor on a file that is not Markdown`
  return markdown.anchors.has(decodeURIComponent(anchor))
    ? undefined
    : `${where}: no heading with this anchor there`
}

function problems(file: string, absoluteOnly: boolean): string[] {
  const own = readMarkdown(readFileSync(file, 'utf8'))
  return own.links.flatMap((link) => linkProblem(link, file, own, absoluteOnly) ?? [])
}

/** Markdown pages of the repository that link into it: docs, the root and the examples. */
function repositoryPages(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return docs(full)
      return entry.name.endsWith('.md') ? [full] : []
    })
  const examples = readdirSync(path.join(rootDir, 'examples'))
    .map((name) => path.join(rootDir, 'examples', name, 'README.md'))
    .filter((file) => existsSync(file))
  return [
    path.join(rootDir, 'README.md'),
    path.join(rootDir, 'CONTRIBUTING.md'),
    ...docs(path.join(rootDir, 'docs')),
    ...examples,
  ]
}

describe.each(publicPackages())('$name README', (pkg) => {
  const file = path.join(pkg.dir, 'README.md')

  it(`has at most ${MAX_README_LINES} lines (reference material goes to docs/)`, () => {
    expect(readMarkdown(readFileSync(file, 'utf8')).lines).toBeLessThanOrEqual(MAX_README_LINES)
  })

  it('links only absolutely, to files and headings that exist', () => {
    expect(problems(file, true)).toEqual([])
  })
})

describe('links in the docs, examples and root pages', () => {
  it.each(repositoryPages().map((file) => [path.relative(rootDir, file), file]))(
    '%s reaches files and headings that exist',
    (_name, file) => {
      expect(problems(file, false)).toEqual([])
    },
  )
})

describe('the link check', () => {
  const file = path.join(rootDir, 'packages', 'example', 'README.md')
  const own = readMarkdown('# Example\n\n## Use\n')
  const check = (url: string, absoluteOnly = true) =>
    linkProblem({ url, line: 1 }, file, own, absoluteOnly)

  it('refuses relative links where npm shows the page', () => {
    expect(check('../../docs/remark-notices/css.md')).toMatch(/relative link/)
    expect(check('../../docs/remark-notices/css.md', false)).toBeUndefined()
  })

  it('finds missing files, missing headings and broken in-page anchors', () => {
    const blob = 'https://github.com/healthmark/healthmark/blob/main/'
    expect(check(`${blob}docs/remark-notices/nowhere.md`)).toMatch(/no such file/)
    expect(check(`${blob}docs/remark-notices/css.md#nowhere`)).toMatch(/no heading/)
    expect(check(`${blob}docs/remark-notices/css.md#css`)).toBeUndefined()
    expect(check('#use')).toBeUndefined()
    expect(check('#usage')).toMatch(/no heading/)
    expect(check('https://example.org/page#anything')).toBeUndefined()
  })
})
