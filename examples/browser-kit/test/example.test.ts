import { fileURLToPath } from 'node:url'
import { getGuidance } from '@healthmark/cramp-guidance'
import { describe, expect, it } from 'vitest'
import { defineExample } from '../example.mjs'
import { completePage } from '../specs.mjs'

describe('defineExample', () => {
  const root = new URL('fixtures/example/', import.meta.url)
  const site = defineExample({ root, output: 'out', inputs: ['article.md'] })
  const folder = fileURLToPath(root)

  it('resolves the site, its artifacts and its files against the example folder', () => {
    expect(site.root).toBe(folder)
    expect(site.directory).toBe(`${folder}out`)
    expect(site.artifacts).toBe(`${folder}artifacts`)
    expect(site.file('src/a.md')).toBe(`${folder}src/a.md`)
    const custom = defineExample({ root, output: 'out-a', artifacts: 'shots/a', inputs: [] })
    expect(custom.artifacts).toBe(`${folder}shots/a`)
  })

  it('reads the tips a source file of the example embeds', () => {
    expect(site.tipIds('article.md')).toEqual(['stretch-before-bed', 'pickle-juice'])
  })
})

describe('completePage', () => {
  it('makes a page English, about the dataset condition, with nothing to find unless it says so', () => {
    expect(completePage({ name: 'home', path: '/' })).toEqual({
      name: 'home',
      path: '/',
      lang: 'en',
      condition: getGuidance('en').condition.name,
      networks: [],
      callouts: [],
      disclaimer: false,
      foldable: false,
    })
  })

  it('keeps what the page says, and names the condition in its language', () => {
    const page = completePage({
      name: 'guide',
      path: '/de/',
      lang: 'de',
      networks: ['amazon'],
      callouts: ['tip'],
      disclaimer: true,
      foldable: true,
      review: true,
    })
    expect(page).toMatchObject({ lang: 'de', networks: ['amazon'], callouts: ['tip'] })
    expect(page).toMatchObject({ disclaimer: true, foldable: true, review: true })
    expect(page.condition).toBe(getGuidance('de').condition.name)
    expect(page.condition).not.toBe(getGuidance('en').condition.name)
    expect(completePage({ name: 'x', path: '/', condition: 'Cramps' }).condition).toBe('Cramps')
  })
})
