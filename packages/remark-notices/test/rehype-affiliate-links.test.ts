import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { NoticeOptionsError, rehypeAffiliateLinks } from '../src/index'

const render = (html: string, options?: Parameters<typeof rehypeAffiliateLinks>[0]) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeAffiliateLinks, options)
      .use(rehypeStringify)
      .processSync(html),
  )

describe('rehypeAffiliateLinks', () => {
  it('marks affiliate <a> elements, merging an existing rel, and leaves others alone', () => {
    expect(
      render(
        '<a href="https://amzn.to/x" rel="Nofollow">a</a> <a href="//www.amazon.com/dp/1?tag=t-20">b</a> <a href="https://www.nhs.uk/">c</a>',
      ),
    ).toBe(
      '<a href="https://amzn.to/x" rel="Nofollow sponsored noopener" data-affiliate="amazon">a</a> <a href="//www.amazon.com/dp/1?tag=t-20" rel="sponsored nofollow noopener" data-affiliate="amazon">b</a> <a href="https://www.nhs.uk/">c</a>',
    )
  })

  it('takes the affiliate options of the remark plugin', () => {
    expect(
      render('<a href="/go/tent">t</a>', {
        affiliate: { redirects: ['/go/'], rel: ['sponsored'] },
      }),
    ).toBe('<a href="/go/tent" rel="sponsored" data-affiliate="redirect">t</a>')
    expect(render('<a href="https://amzn.to/x">a</a>', { affiliate: false })).toBe(
      '<a href="https://amzn.to/x">a</a>',
    )
  })

  it('refuses bad options at setup time', () => {
    expect(() => rehypeAffiliateLinks({ affiliate: { redirects: ['/'] } })).toThrow(
      NoticeOptionsError,
    )
  })
})
