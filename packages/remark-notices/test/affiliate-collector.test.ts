/**
 * Unit tests of the affiliate collector without the core plugin. The core is
 * replaced by a stand-in: one `visit` traversal feeding `enter`, then `finish`, with
 * a minimal `createNotice` / `insertBlock` and the alert recognition the core
 * does for `> [!affiliate-disclosure]`.
 */

import type { Blockquote, Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { type AffiliateContext, createCollector } from '../src/affiliate'
import type { AffiliateOptions, Locale } from '../src/index'
import { resolveOptions } from '../src/options/resolve'

const MARKER = /^\[!affiliate-disclosure\]/i

/** Do what the core does before `enter()` sees a blockquote: recognise our alert. */
function recogniseCallout(node: Nodes): void {
  if (node.type !== 'blockquote') return
  const first = node.children[0]
  const text = first?.type === 'paragraph' ? first.children[0] : undefined
  if (text?.type === 'text' && MARKER.test(text.value)) {
    node.data = {
      ...node.data,
      notice: {
        type: 'affiliate-disclosure',
        marker: 'affiliate-disclosure',
        explicitTitle: false,
      },
    }
  }
}

/** A context like the core's: notices are blockquotes marked as our callout. */
function fakeContext(file: VFile, locale: Locale = 'en'): AffiliateContext {
  return {
    file,
    locale,
    createNotice(type, markdown): Blockquote {
      const body = fromMarkdown(markdown).children as Blockquote['children']
      return {
        type: 'blockquote',
        data: { notice: { type, marker: type, explicitTitle: false } },
        children: body,
      }
    },
    insertBlock(tree: Root, node: RootContent, position) {
      if (position === 'bottom') {
        tree.children.push(node)
        return
      }
      const heading = tree.children.findIndex((child) => child.type === 'heading')
      tree.children.splice(heading === -1 ? 0 : heading + 1, 0, node)
    },
  }
}

/** Run the collector over a parsed tree the way the core does. */
function collect(
  tree: Root,
  options: AffiliateOptions = {},
  file = new VFile(),
  locale: Locale = 'en',
): { tree: Root; file: VFile } {
  const settings = resolveOptions({ locale, affiliate: options }).affiliate
  if (settings === undefined) throw new Error('affiliate settings expected')
  const collector = createCollector(settings, fakeContext(file, locale))
  let block: Nodes = tree
  visit(tree, (node, _index, parent) => {
    if (parent === tree) block = node
    recogniseCallout(node)
    collector.enter(node, block)
  })
  collector.finish(tree)
  return { tree, file }
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** Parse Markdown (GFM + directives) and collect. */
function run(
  markdown: string,
  options: AffiliateOptions = {},
  locale: Locale = 'en',
): { tree: Root; file: VFile } {
  const file = new VFile(markdown)
  return collect(parser.parse(file), options, file, locale)
}

/** Every node of a type, in document order. */
function all<Type extends Nodes['type']>(
  tree: Root,
  type: Type,
): Array<Extract<Nodes, { type: Type }>> {
  const result: Array<Extract<Nodes, { type: Type }>> = []
  visit(tree, (node) => {
    if (node.type === type) result.push(node as Extract<Nodes, { type: Type }>)
  })
  return result
}

/** Our disclosure callouts among the root's children. */
function disclosures(tree: Root): Blockquote[] {
  return tree.children.filter(
    (node): node is Blockquote =>
      node.type === 'blockquote' && node.data?.notice?.type === 'affiliate-disclosure',
  )
}

/** The rule ids of the file's messages, in order. */
function rules(file: VFile): string[] {
  return file.messages.map((message) => String(message.ruleId))
}

/** The `data-affiliate` of each link node (undefined when not marked), in order. */
function marks(tree: Root): Array<unknown> {
  return [...all(tree, 'link'), ...all(tree, 'linkReference')].map(
    (node) => node.data?.hProperties?.dataAffiliate,
  )
}

/** One link in a paragraph: the network it is detected as, or undefined. */
function networkOf(href: string, options: AffiliateOptions = {}): unknown {
  const { tree } = run(`[x](<${href}>)`, options)
  const [link] = all(tree, 'link')
  expect(link?.url).toBe(href)
  return link?.data?.hProperties?.dataAffiliate
}

describe('built-in networks', () => {
  it.each([
    ['https://www.amazon.com/dp/B000?tag=site-20', 'amazon'],
    ['https://amazon.co.uk/dp/B000?tag=site-21', 'amazon'],
    ['https://smile.amazon.de/dp/B000?ref=x&tag=site-21', 'amazon'],
    ['https://m.amazon.co.jp/dp/B000?tag=site-22', 'amazon'],
    ['https://www.amazon.com.au/dp/B000/?tag=a', 'amazon'],
    ['https://www.amazon.com./dp/B000?tag=a', 'amazon'],
    ['https://amzn.to/3xYz', 'amazon'],
    ['https://amzn.eu/d/abc', 'amazon'],
    ['https://amzn.asia/d/abc', 'amazon'],
    ['https://www.shareasale.com/r.cfm?b=1&u=2&m=3&urllink=shop.example', 'shareasale'],
    ['https://www.anrdoezrs.net/click-123-456', 'cj'],
    ['https://www.jdoqocy.com/links/1/type/dlg/https://shop.example', 'cj'],
    [
      'https://www.awin1.com/cread.php?awinmid=1&awinaffid=2&ued=https%3A%2F%2Fshop.example',
      'awin',
    ],
    ['https://brand.sjv.io/c/123/456/789', 'impact'],
    ['https://goto.pxf.io/c/1/2/3?u=https%3A%2F%2Fshop.example', 'impact'],
    [
      'https://click.linksynergy.com/deeplink?id=a&mid=1&murl=https%3A%2F%2Fshop.example',
      'rakuten',
    ],
    ['https://go.skimresources.com/?id=1X2&url=https%3A%2F%2Fshop.example', 'skimlinks'],
    ['https://go.redirectingat.com/?id=1X2&url=https%3A%2F%2Fshop.example', 'skimlinks'],
    ['https://affiliate.vendor.hop.clickbank.net/', 'clickbank'],
    ['https://prf.hn/click/camref:1100l3/destination:https%3A%2F%2Fshop.example', 'partnerize'],
    ['https://rover.ebay.com/rover/1/711-53200-19255-0/1?campid=5338&toolid=10001', 'ebay'],
    [
      'https://www.ebay.de/itm/123?mkcid=1&mkrid=707-53477-19255-0&campid=5338&toolid=10001',
      'ebay',
    ],
    ['HTTPS://WWW.AMAZON.COM/dp/B000?tag=site-20', 'amazon'],
  ])('%s is %s', (href, network) => {
    expect(networkOf(href)).toBe(network)
  })

  it.each([
    ['an Amazon link without tag', 'https://www.amazon.com/dp/B000'],
    ['an empty tag', 'https://www.amazon.com/dp/B000?tag='],
    ['`Tag` instead of `tag`', 'https://www.amazon.com/dp/B000?Tag=site-20'],
    ['a look-alike suffix host', 'https://amazon.com.example.net/dp/B000?tag=site-20'],
    ['a look-alike prefix host', 'https://notamazon.com/dp/B000?tag=site-20'],
    ['another look-alike', 'https://evilamazon.de/?tag=x'],
    ['a userinfo trick', 'https://amazon.com@evil.example/?tag=x'],
    ['an unknown Amazon subdomain', 'https://evil.amazon.com/?tag=x'],
    ['a subdomain of amzn.to', 'https://x.amzn.to/abc'],
    ['an Impact impression pixel', 'https://brand.sjv.io/i/123/456/789'],
    ['an eBay link without mkcid', 'https://www.ebay.com/itm/1?campid=5338'],
    ['a ShareASale page that is no click', 'https://www.shareasale.com/info/'],
    ['a javascript: URL', 'javascript:location="https://amzn.to/x"'],
    ['a data: URL', 'data:text/html,https://amzn.to/x'],
    ['mailto:', 'mailto:shop@amazon.com?tag=x'],
    ['a relative link', '/go/amazon?tag=x'],
    ['a fragment', '#amzn.to'],
    ['a host-less https URL', 'https://'],
    ['a bad port', 'https://www.amazon.com:99999/?tag=x'],
    ['a bad IPv6 host', 'http://[::1/?tag=x'],
  ])('never matches %s', (_name, href) => {
    expect(() => networkOf(href)).not.toThrow()
    expect(networkOf(href)).toBeUndefined()
  })

  it('treats a protocol-relative URL as https', () => {
    expect(networkOf('//www.amazon.com/dp/B0X?tag=pr-20')).toBe('amazon')
    expect(networkOf('//amzn.to/x')).toBe('amazon')
  })

  it.each([
    ['https://www.avantlink.com/click.php?tt=cl&merchant_id=1&website_id=2', 'avantlink'],
    ['https://serp.ly/@user/amazon/yoga-mat?utm_source=x', 'amazon'],
    ['https://geni.us/abc', 'geniuslink'],
    ['https://howl.me/abc', 'howl'],
    ['https://rstyle.me/+abc', 'rewardstyle'],
    ['https://go.shopmy.us/p-123', 'shopmy'],
    ['https://itunes.apple.com/app/id1?at=1l3v', 'apple'],
  ])('detects %s', (href, network) => {
    expect(networkOf(href)).toBe(network)
  })

  it.each([
    ['https://www.amazon.com/dp/1?tag=hyprod-20'],
    ['https://serp.ly/@user/some-course'],
    ['https://itunes.apple.com/app/id1'],
  ])('leaves %s unmarked', (href) => {
    expect(networkOf(href)).toBeUndefined()
  })

  it('only detects the networks enabled', () => {
    const options = { networks: ['awin'] }
    expect(networkOf('https://amzn.to/x', options)).toBeUndefined()
    expect(networkOf('https://www.awin1.com/cread.php?awinmid=1', options)).toBe('awin')
  })
})

describe('custom matchers', () => {
  it('match by host, pattern, named host/pattern and function, before the built-ins', () => {
    const options: AffiliateOptions = {
      matchers: [
        'Go.Partner.Example',
        /\/ref\/\d+/g,
        { network: 'webgains', host: 'track.webgains.com' },
        { network: 'geniuslink', pattern: /^https:\/\/geni\.us\// },
        (url) => (url.searchParams.has('aff') ? 'house' : false),
        () => '',
      ],
    }
    expect(networkOf('https://sub.go.partner.example/x', options)).toBe('go.partner.example')
    expect(networkOf('https://notgo.partner.example/x', options)).toBeUndefined()
    // A global RegExp keeps state between calls; each href must still be tested afresh.
    expect(networkOf('https://shop.example/ref/12', options)).toBe('custom')
    expect(networkOf('https://shop.example/ref/12', options)).toBe('custom')
    expect(networkOf('https://track.webgains.com/click.html?x=1', options)).toBe('webgains')
    expect(networkOf('https://geni.us/abc', options)).toBe('geniuslink')
    expect(networkOf('https://shop.example/?aff=1', options)).toBe('house')
    expect(networkOf('https://amzn.to/x?aff=1', options)).toBe('house')
    expect(networkOf('https://shop.example/', options)).toBeUndefined()
    // Custom matchers never see URLs that are not http(s).
    expect(networkOf('javascript:void(0)//ref/12', options)).toBeUndefined()
  })

  it('give a function matcher its own copy of the URL', () => {
    const seen: string[] = []
    const options: AffiliateOptions = {
      matchers: [
        (url) => {
          seen.push(url.href)
          url.hostname = 'changed.example'
          return false
        },
      ],
    }
    expect(networkOf('https://amzn.to/x', options)).toBe('amazon')
    expect(seen).toEqual(['https://amzn.to/x'])
  })
})

describe('finding links', () => {
  it('marks inline links with merged rel tokens and data-affiliate, and no other link', () => {
    const { tree, file } = run(
      '# Title\n\nBuy [a roller](https://amzn.to/x) or read [NHS](https://www.nhs.uk/).',
    )
    const [affiliate, plain] = all(tree, 'link')
    expect(affiliate?.data?.hProperties).toEqual({
      rel: ['sponsored', 'nofollow', 'noopener'],
      dataAffiliate: 'amazon',
    })
    expect(plain?.data).toBeUndefined()
    expect(file.data.affiliate).toEqual({
      links: 1,
      networks: { amazon: 1 },
      disclosure: 'inserted',
    })
  })

  it('merges with rel tokens already set by another plugin, without duplicates', () => {
    const tree = unified().use(remarkParse).parse('[x](https://amzn.to/x)')
    const [link] = all(tree, 'link')
    if (link) link.data = { hProperties: { rel: ['Sponsored', 'external'], id: 'buy' } }
    collect(tree, { rel: ['sponsored', 'nofollow'] })
    expect(link?.data?.hProperties).toEqual({
      rel: ['Sponsored', 'external', 'nofollow'],
      id: 'buy',
      dataAffiliate: 'amazon',
    })
  })

  it('finds reference links whose definition comes later, and counts each reference', () => {
    const { tree, file } = run(
      'Buy [one][roller] and [two][Roller], see [docs][d] or ![pic][roller].\n\n[roller]: https://amzn.to/x\n[roller]: https://example.com/\n[d]: https://example.com/docs\n[unused]: https://amzn.to/unused\n',
    )
    expect(marks(tree)).toEqual(['amazon', 'amazon', undefined])
    expect(file.data.affiliate?.links).toBe(2)
  })

  it('finds autolinks, GFM literal autolinks and linked images', () => {
    const { tree, file } = run(
      '<https://amzn.to/a>\n\nSee https://amzn.to/b and www.amazon.com/dp/1?tag=x-20.\n\n[![roller](/roller.png)](https://amzn.eu/d/c)\n\n![not a link](https://amzn.to/img.png)',
    )
    expect(marks(tree)).toEqual(['amazon', 'amazon', 'amazon', 'amazon'])
    expect(file.data.affiliate?.links).toBe(4)
  })

  it('never looks into code', () => {
    const { tree, file } = run('`https://amzn.to/x`\n\n```\n[x](https://amzn.to/x)\n```\n')
    expect(file.data.affiliate).toEqual({ links: 0, networks: {}, disclosure: 'none' })
    expect(tree.children).toHaveLength(2)
  })

  it('rewrites only rel and data-affiliate of affiliate <a> tags in raw HTML', () => {
    const html =
      '<p>Buy <a class="x" href="https://www.amazon.com/dp/1?ref=a&amp;tag=site-20">this</a> <!-- <a href="https://amzn.to/commented"> --> <A  TARGET=_blank HREF=https://amzn.to/b REL=\'Nofollow\'/>b</A> <a name="top">top</a> <a href="https://www.nhs.uk/">nhs</a></p>'
    const { tree, file } = run(`# Title\n\n${html}\n`)
    const [node] = all(tree, 'html')
    expect(node?.value).toBe(
      '<p>Buy <a rel="sponsored nofollow noopener" data-affiliate="amazon" class="x" href="https://www.amazon.com/dp/1?ref=a&amp;tag=site-20">this</a> <!-- <a href="https://amzn.to/commented"> --> <A data-affiliate="amazon"  TARGET=_blank HREF=https://amzn.to/b rel="Nofollow sponsored noopener"/>b</A> <a name="top">top</a> <a href="https://www.nhs.uk/">nhs</a></p>',
    )
    expect(file.data.affiliate).toEqual({
      links: 2,
      networks: { amazon: 2 },
      disclosure: 'inserted',
    })
    expect(rules(file)).toEqual([])
  })

  it('warns, saying why, when a raw HTML tag cannot be rewritten', () => {
    const { tree, file } = run(
      '<div>\n<a href="https://amzn.to/{{ page.asin }}">t</a>\n<a href="https://amzn.to/split"\n\nclass="y">x</a></div>\n',
    )
    const [node] = all(tree, 'html')
    expect(node?.value).toBe(
      '<div>\n<a href="https://amzn.to/{{ page.asin }}">t</a>\n<a href="https://amzn.to/split"',
    )
    expect(rules(file)).toEqual(['raw-html-affiliate-link', 'raw-html-affiliate-link'])
    expect(String(file.messages[0]?.reason)).toMatch(/is a template/)
    expect(String(file.messages[1]?.reason)).toMatch(/continues outside this HTML block/)
    expect(file.data.affiliate?.links).toBe(2)
  })

  it('reads a site redirect option: hosts, path prefixes, both', () => {
    const options = { redirects: ['thbrco.io', '/go/', 'isitketo.org/propel'] }
    expect(networkOf('https://thbrco.io/banneton', options)).toBe('thbrco.io')
    expect(networkOf('/go/tent', options)).toBe('redirect')
    expect(networkOf('https://isitketo.org/propel', options)).toBe('isitketo.org')
    expect(networkOf('https://isitketo.org/about', options)).toBeUndefined()
    expect(networkOf('/blog/go/x', options)).toBeUndefined()
  })

  it('gives an info message, never a mark, for a possible affiliate link', () => {
    const { file } = run(
      '[shop](https://shop.example/item?ref=me) and [x](https://serp.ly/@u/course)',
    )
    expect(file.data.affiliate?.links).toBe(0)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['possible-affiliate-link', undefined],
      ['possible-affiliate-link', undefined],
    ])
  })
  it('finds inline raw HTML links and decodes numeric references', () => {
    const { file } = run("Text <a title='a>b' href='https://amzn.to/&#120;'>x</a>.")
    expect(file.data.affiliate?.links).toBe(1)
  })

  it('decodes every character reference a browser decodes in an href, and no more', () => {
    // `&NewLine;` is a newline, which browsers drop from URLs: this is amzn.to.
    const hidden = run('<a href="https://amz&NewLine;n&period;to/x">x</a>')
    expect(hidden.file.data.affiliate?.links).toBe(1)
    // `&colon` without `;` is not a reference in an attribute: a relative URL.
    const relative = run('<a href="https&colon//amzn.to/x">x</a>')
    expect(relative.file.data.affiliate?.links).toBe(0)
  })

  it('warns about links behind general shorteners, without counting them', () => {
    const { tree, file } = run('[x](https://bit.ly/abc) and [y](https://t.co/abc)')
    expect(rules(file)).toEqual(['shortened-affiliate-link', 'shortened-affiliate-link'])
    expect(marks(tree)).toEqual([undefined, undefined])
    expect(file.data.affiliate?.links).toBe(0)
    expect(rules(run('[x](https://bit.ly/abc)', { shorteners: false }).file)).toEqual([])
    expect(rules(run('[x](https://bit.ly/abc)', { shorteners: ['sho.rt'] }).file)).toEqual([])
    expect(rules(run('[x](https://a.sho.rt/abc)', { shorteners: ['sho.rt'] }).file)).toEqual([
      'shortened-affiliate-link',
    ])
  })
})

describe('the disclosure', () => {
  const doc = '# Cramps\n\nIntro.\n\n## Gear\n\nA [roller](https://amzn.to/x).\n\nEnd.\n'

  it('is not added when there is no affiliate link', () => {
    const { tree, file } = run('# Cramps\n\n[NHS](https://www.nhs.uk/)')
    expect(disclosures(tree)).toHaveLength(0)
    expect(file.data.affiliate).toEqual({ links: 0, networks: {}, disclosure: 'none' })
  })

  it('goes after the first heading by default, once, with Amazon’s statement', () => {
    const { tree, file } = run(`${doc}\nMore [rollers](https://amzn.to/y).\n`)
    const found = disclosures(tree)
    expect(found).toHaveLength(1)
    expect(tree.children.indexOf(found[0] as RootContent)).toBe(1)
    const text = found.map((node) => JSON.stringify(node)).join('')
    expect(text).toContain('As an Amazon Associate I earn from qualifying purchases.')
    expect(file.messages).toEqual([])
    expect(file.data.affiliate).toEqual({
      links: 2,
      networks: { amazon: 2 },
      disclosure: 'inserted',
    })
  })

  it('goes right before the block with the first link with before-first-link', () => {
    const { tree, file } = run(doc.replace('A [roller]', '- A [roller]'), {
      position: 'before-first-link',
    })
    const index = tree.children.findIndex((node) => node.type === 'list')
    expect(tree.children[index - 1]?.data).toMatchObject({
      notice: { type: 'affiliate-disclosure' },
    })
    expect(disclosures(tree)).toHaveLength(1)
    expect(file.messages).toEqual([])
  })

  it('goes at the end with bottom, with a warning', () => {
    const { tree, file } = run(doc, { position: 'bottom' })
    expect(tree.children.at(-1)?.data).toMatchObject({ notice: { type: 'affiliate-disclosure' } })
    expect(rules(file)).toEqual(['disclosure-after-links'])
    expect(file.messages[0]?.line).toBe(7)
  })

  it('goes at both ends with both, without a warning', () => {
    const { tree, file } = run(doc, { position: 'both' })
    expect(disclosures(tree).map((node) => tree.children.indexOf(node))).toEqual([
      1,
      tree.children.length - 1,
    ])
    expect(file.messages).toEqual([])
  })

  it('warns when the top position still lands after a link in the first heading', () => {
    const { file } = run('# Best [roller](https://amzn.to/x)\n\nText.')
    expect(rules(file)).toEqual(['disclosure-after-links'])
  })

  it('keeps a site name with Markdown or HTML characters as plain text', () => {
    const { tree } = run('[a](https://amzn.to/a)', { siteName: '<b>Cramp</b> _Care_ [1]' })
    const [notice] = disclosures(tree)
    const texts = JSON.stringify(notice)
    expect(texts).toContain('As an Amazon Associate, <b>Cramp</b> _Care_ [1] earns from')
    expect(texts).not.toContain('"html"')
    expect(texts).not.toContain('"emphasis"')
  })

  it('keeps Amazon’s statement outside a code fence the custom text leaves open', () => {
    const { tree } = run('[a](https://amzn.to/a)', { text: 'Ads.\n\n```' })
    const [notice] = disclosures(tree)
    const last = notice?.children.at(-1)
    expect(last?.type).toBe('paragraph')
    expect(JSON.stringify(last)).toContain(
      'As an Amazon Associate I earn from qualifying purchases.',
    )
    const code = notice?.children.find((child) => child.type === 'code')
    expect(JSON.stringify(code ?? {})).not.toContain('Amazon')
  })

  it('uses the locale, custom text and siteName', () => {
    const de = run('[Rolle](https://www.amazon.de/dp/1?tag=x-21)', {}, 'de').tree
    const deText = JSON.stringify(disclosures(de))
    expect(deText).toContain('Werbung')
    expect(deText).toContain('Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.')
    const custom = run('[a](https://amzn.to/x) [b](https://www.awin1.com/cread.php?awinmid=1)', {
      text: { en: 'We earn from *some* links.' },
      siteName: 'Cramp*Care',
    })
    const customText = JSON.stringify(disclosures(custom.tree))
    expect(customText).toContain('We earn from ')
    expect(customText).toContain(
      'As an Amazon Associate, Cramp*Care earns from qualifying purchases.',
    )
    expect(custom.file.data.affiliate?.networks).toEqual({ amazon: 1, awin: 1 })
    const awinOnly = run('[b](https://www.awin1.com/cread.php?awinmid=1)')
    expect(JSON.stringify(disclosures(awinOnly.tree))).not.toContain('Amazon')
  })

  it('is only checked with insert: false', () => {
    const { tree, file } = run(doc, { insert: false })
    expect(disclosures(tree)).toHaveLength(0)
    expect(rules(file)).toEqual(['affiliate-link-without-disclosure'])
    expect(file.messages[0]?.line).toBe(7)
    expect(file.data.affiliate?.disclosure).toBe('none')
  })

  it('is not added again when our callout is already there (idempotence)', () => {
    const input =
      '# Cramps\n\n> [!affiliate-disclosure]\n> This page has affiliate links. As an Amazon Associate I earn from qualifying purchases.\n\nA [roller](https://amzn.to/x).\n'
    const { tree, file } = run(input)
    expect(disclosures(tree)).toHaveLength(1)
    expect(file.messages).toEqual([])
    expect(file.data.affiliate?.disclosure).toBe('existing')
    // Its paragraph is the callout's body, not an author paragraph to mark.
    expect(all(tree, 'paragraph').some((node) => node.data?.hProperties)).toBe(false)
    expect(
      run(input.replace(/A \[roller\].*\n/, 'No links.\n')).file.data.affiliate?.disclosure,
    ).toBe('existing')
  })

  it('recognises a disclosure the author wrote and marks it instead', () => {
    const { tree, file } = run(
      '# Gear\n\nAs an Amazon Associate I earn from qualifying purchases.\n\nA [roller](https://www.amazon.com/dp/1?tag=x-20).\n',
    )
    expect(disclosures(tree)).toHaveLength(0)
    expect(all(tree, 'paragraph')[0]?.data?.hProperties).toEqual({
      dataNotice: 'affiliate-disclosure',
    })
    expect(all(tree, 'paragraph')[1]?.data?.hProperties).toBeUndefined()
    expect(file.messages).toEqual([])
    expect(file.data.affiliate?.disclosure).toBe('existing')
  })

  it.each([
    ['This post contains affiliate links.'],
    ['We may earn a commission.'],
    ['Dieser Beitrag enthält Werbung.'],
    ['Wir erhalten eine Provision.'],
    ['Mit * markierte Links sind Affiliate-Links.'],
    ['Ce site contient des liens affiliés'],
    ['Este artículo contiene enlaces de afiliado'],
    ['Como Afiliado de Amazon, obtengo ingresos por las compras adscritas.'],
    [
      'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.',
    ],
    ['Some of these items have affiliate links and we will make a small percentage.'],
  ])('recognises %j', (sentence) => {
    const { tree } = run(`${sentence}\n\n[x](https://www.awin1.com/cread.php?awinmid=1)`)
    expect(disclosures(tree)).toHaveLength(0)
    expect(all(tree, 'paragraph')[0]?.data?.hProperties).toEqual({
      dataNotice: 'affiliate-disclosure',
    })
  })

  it.each([
    ["Today's Amazon affiliate links scandal shows why rules matter."],
    ['My first experiment with affiliate links was on this blog.'],
    ['I assume it is using affiliate links to make money somehow.'],
    ['Affiliate programs'],
    ['Der Affiliate-Link-Skandal beschäftigt die Branche.'],
  ])('does not take %j for a disclosure', (sentence) => {
    const { file } = run(`${sentence}\n\n[x](https://www.awin1.com/cread.php?awinmid=1)`)
    expect(file.data.affiliate?.disclosure).toBe('inserted')
  })

  it('does not mark disclosure-like text when the page has no affiliate link', () => {
    const { tree, file } = run('We earn a commission on nothing here.')
    expect(all(tree, 'paragraph')[0]?.data).toBeUndefined()
    expect(file.data.affiliate?.disclosure).toBe('none')
  })

  it('recognises the `existing` patterns', () => {
    const md = 'Shop links (*) pay us.\n\n[x](https://www.awin1.com/cread.php?awinmid=1)'
    expect(disclosures(run(md).tree)).toHaveLength(1)
    expect(disclosures(run(md, { existing: ['LINKS (*)'] }).tree)).toHaveLength(0)
    expect(disclosures(run(md, { existing: [/pay us/gi] }).tree)).toHaveLength(0)
    expect(disclosures(run(md, { existing: [/pay us/gi] }).tree)).toHaveLength(0)
  })

  it('warns about an author disclosure after the links and about a missing Amazon statement', () => {
    const { tree, file } = run(
      'A [roller](https://amzn.to/x).\n\nThis post contains affiliate links.\n',
    )
    expect(disclosures(tree)).toHaveLength(0)
    expect(rules(file)).toEqual(['disclosure-after-links', 'missing-amazon-statement'])
    expect(file.messages.map((message) => message.line)).toEqual([3, 3])
  })

  it('accepts a disclosure in the same paragraph as the link', () => {
    const { file } = run('A [roller](https://www.awin1.com/cread.php?awinmid=1) (paid link).')
    expect(file.messages).toEqual([])
    expect(file.data.affiliate?.disclosure).toBe('existing')
  })

  it('respects the front matter opt-out', () => {
    for (const data of [
      { matter: { healthmark: { affiliate: false } } },
      { frontmatter: { healthmark: { affiliate: false } } },
      { astro: { frontmatter: { healthmark: { affiliate: false } } } },
    ]) {
      const file = new VFile()
      Object.assign(file.data, data)
      const tree = unified().use(remarkParse).parse('[x](https://amzn.to/x)')
      collect(tree, {}, file)
      expect(tree.children).toHaveLength(1)
      expect(all(tree, 'link')[0]?.data).toBeUndefined()
      expect(file.data.affiliate).toBeUndefined()
    }
    const file = new VFile()
    Object.assign(file.data, { astro: { frontmatter: { healthmark: { affiliate: true } } } })
    collect(unified().use(remarkParse).parse('[x](https://amzn.to/x)'), {}, file)
    expect(file.data.affiliate?.disclosure).toBe('inserted')
  })
})

describe('Amazon statements', () => {
  it('pick the statement by storefront, and by page locale for short links', () => {
    const text = (markdown: string, locale: Locale = 'en') =>
      JSON.stringify(disclosures(run(markdown, {}, locale).tree))
    expect(text('[a](https://www.amazon.fr/dp/1?tag=x-21)')).toContain(
      'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.',
    )
    expect(text('[a](https://www.amazon.es/dp/1?tag=x-21)')).toContain(
      'En calidad de Afiliado de Amazon',
    )
    expect(text('[a](https://amzn.eu/d/x)', 'fr')).toContain('Partenaire Amazon')
    expect(text('[a](https://amzn.eu/d/x)', 'fr')).toContain(
      'Cette page contient des liens affiliés',
    )
    expect(text('[a](https://www.amazon.it/dp/1?tag=x-21)', 'es')).toContain(
      'As an Amazon Associate I earn from qualifying purchases.',
    )
    // Two links to one storefront: the statement once.
    const twice = text('[a](https://amzn.to/a) [b](https://amzn.to/b)')
    expect(twice.split('As an Amazon Associate').length - 1).toBe(1)
  })

  it('are added for a cloaker that names Amazon, and only then', () => {
    const text = (markdown: string, locale: Locale = 'en') =>
      JSON.stringify(disclosures(run(markdown, {}, locale).tree))
    // serp.ly shows no storefront, so the page's locale picks the statement.
    expect(text('[a](https://serp.ly/@site/amazon/yoga-mat?utm_source=x)')).toContain(
      'As an Amazon Associate I earn from qualifying purchases.',
    )
    expect(text('[a](https://serp.ly/@site/amazon/yoga-mat)', 'de')).toContain(
      'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
    )
    const other = text(
      '[a](https://serp.ly/@site/course) [b](https://www.awin1.com/cread.php?awinmid=1)',
    )
    expect(other).toContain('This page contains affiliate links')
    expect(other).not.toContain('Amazon')
  })

  it('are asked of an author disclosure when only a cloaked Amazon link is on the page', () => {
    const { file } = run(
      'This page has affiliate links: we earn a commission.\n\n[a](https://serp.ly/@site/amazon/mat)',
    )
    expect(rules(file)).toEqual(['missing-amazon-statement'])
  })

  it('are not repeated when the custom text already makes them', () => {
    const { tree } = run('[a](https://amzn.to/a)', {
      text: 'Ads ahead. As an Amazon Associate we earn from qualifying purchases.',
    })
    expect(JSON.stringify(disclosures(tree)).split('Amazon Associate').length - 1).toBe(1)
  })

  it('fall back to the locale’s built-in text when `text` has no entry for it', () => {
    const { tree } = run(
      '[a](https://www.awin1.com/cread.php?awinmid=1)',
      { text: { en: 'Ads.' } },
      'de',
    )
    expect(JSON.stringify(disclosures(tree))).toContain('Diese Seite enthält Affiliate-Links')
  })
})
