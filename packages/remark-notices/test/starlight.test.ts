import { readFileSync } from 'node:fs'
import type { GuidanceSet } from '@healthmark/schema'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { NoticeOptionsError } from '../src/index'
import remarkNotices from '../src/plugin'
import starlightHealthmark, { type HealthmarkIntegration } from '../src/starlight'

/** The fixture's guidance set, with the tip `stretch-the-calf`. */
const { tips } = JSON.parse(
  readFileSync(new URL('fixtures/health-tip/options.json', import.meta.url), 'utf8'),
) as { tips: GuidanceSet }

/** Run the plugin's `config:setup` the way Starlight does and record what it asked for. */
function setUp(plugin: ReturnType<typeof starlightHealthmark>, customCss?: string[]) {
  const cssUpdates: string[][] = []
  const integrations: HealthmarkIntegration[] = []
  plugin.hooks['config:setup']({
    config: { customCss },
    updateConfig: (config) => cssUpdates.push(config.customCss),
    addIntegration: (integration) => integrations.push(integration),
  })
  const remarkPlugins: unknown[] = []
  for (const integration of integrations) {
    integration.hooks['astro:config:setup']({
      updateConfig: (config) => remarkPlugins.push(...config.markdown.remarkPlugins),
    })
  }
  return { cssUpdates, integrations, remarkPlugins }
}

describe('@healthmark/remark-notices/starlight', () => {
  it('adds the stylesheet after the site’s own customCss', () => {
    const { cssUpdates } = setUp(starlightHealthmark(), ['./src/site.css'])
    expect(cssUpdates).toEqual([['./src/site.css', '@healthmark/remark-notices/styles.css']])
    expect(setUp(starlightHealthmark()).cssUpdates).toEqual([
      ['@healthmark/remark-notices/styles.css'],
    ])
  })

  it('adds remarkNotices with the options through one Astro integration', () => {
    const options = { disclaimer: 'top' as const, affiliate: { siteName: 'Calm Calves' } }
    const plugin = starlightHealthmark(options)
    expect(plugin.name).toBe('@healthmark/remark-notices/starlight')
    const { integrations, remarkPlugins } = setUp(plugin)
    expect(integrations.map((integration) => integration.name)).toEqual([
      '@healthmark/remark-notices',
    ])
    expect(remarkPlugins).toEqual([[remarkNotices, options]])
  })

  it('registers a plugin that renders tips where Starlight runs it', async () => {
    const { remarkPlugins } = setUp(starlightHealthmark({ tips }))
    const [entry] = remarkPlugins as Array<[typeof remarkNotices, object]>
    if (!entry) throw new Error('no remark plugin registered')
    const [plugin, options] = entry
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkDirective) // Starlight's own
        .use(plugin, options)
        .use(remarkRehype)
        .use(rehypeStringify)
        .process('::health-tip{id="stretch-the-calf"}\n'),
    )
    expect(html).toContain('data-health-tip="stretch-the-calf"')
  })

  it('rejects bad options when the config loads, naming the option', () => {
    expect(() => starlightHealthmark({ disclaimer: 'middle' as 'top' })).toThrow(NoticeOptionsError)
    expect(() => starlightHealthmark({ disclaimer: 'middle' as 'top' })).toThrow(/disclaimer/)
  })

  it('accepts no options', () => {
    const { remarkPlugins } = setUp(starlightHealthmark(null))
    expect(remarkPlugins).toEqual([[remarkNotices, {}]])
  })
})
