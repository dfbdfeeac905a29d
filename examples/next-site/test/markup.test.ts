import { readFileSync } from 'node:fs'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Bundler, bundlers, sites } from './site'

// The built HTML of both exports, read as a tree: what the browser tests
// cannot see from the outside (one icon and one title per callout) and
// whether the two bundlers ran the plugin alike.
const articles = ['night-leg-cramps', 'cramps-and-exercise']

beforeAll(() => {
  for (const bundler of bundlers) sites[bundler].prepare()
})

function mainOf(bundler: Bundler, article: string): Element {
  const html = readFileSync(`${sites[bundler].directory}/articles/${article}/index.html`, 'utf8')
  let main: Element | undefined
  visit(fromHtml(html) as Root, (node) => {
    // Offsets in the file differ with the chunk names in the head; the markup is what counts.
    delete node.position
    if (node.type === 'element' && node.tagName === 'main') main = node
  })
  if (!main) throw new Error(`out-${bundler}/articles/${article}/index.html has no <main>`)
  return main
}

function classes(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

function count(node: Element, test: (child: Element) => boolean): number {
  let found = 0
  visit(node, 'element', (child) => {
    if (child !== node && test(child)) found++
  })
  return found
}

describe.each(bundlers)('the %s export', (bundler) => {
  it.each(articles)('gives each callout in %s one title and one icon', (article) => {
    const callouts: Element[] = []
    visit(mainOf(bundler, article), 'element', (node) => {
      if (classes(node).includes('notice')) callouts.push(node)
    })
    expect(callouts.length).toBeGreaterThan(3)
    const problems = callouts.flatMap((callout) => {
      const name = `${callout.tagName}[data-notice=${callout.properties.dataNotice}]`
      const titles = count(callout, (child) => classes(child).includes('notice-title'))
      const icons = count(callout, (child) => child.tagName === 'svg')
      return [
        ...(titles === 1 ? [] : [`${name}: ${titles} titles`]),
        ...(icons === 1 ? [] : [`${name}: ${icons} icons`]),
      ]
    })
    expect(problems).toEqual([])
  })
})

describe('webpack and Turbopack', () => {
  it.each(articles)('render %s to the same article markup', (article) => {
    expect(mainOf('turbopack', article)).toEqual(mainOf('webpack', article))
  })
})
