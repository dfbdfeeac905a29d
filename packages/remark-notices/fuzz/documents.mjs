// Generated Markdown documents for the fuzz run (`bench/fuzz.mjs`) and the
// round-trip property test. Each generator stands for a form that once broke
// a promise of the plugin: links and autolink literals inside directive
// labels, text directives across nested blockquote prefixes, reference links
// to `javascript:` in alert titles, protocol-relative and cloaked affiliate
// links, raw HTML anchors, unknown directives next to times and ratios.
import fc from 'fast-check'

/**
 * Words of reader text. None is Markdown syntax, a disclosure cue or part of
 * a built-in title, so "no author word lost" can count them in the HTML.
 */
export const VOCABULARY = ['calf', 'stretch', 'water', 'night', 'muscle', 'walk', 'heat', 'salt']

/** Links the plugin must mark `rel="sponsored"`. */
export const AFFILIATE_URLS = [
  'https://www.amazon.com/dp/B000FUZZ01?tag=site-20',
  'https://amzn.to/3fuzzAB',
  '//www.amazon.com/dp/B000FUZZ02?tag=pr-20',
  'https://serp.ly/@site/amazon/foam-roller',
  'https://www.shareasale.com/r.cfm?b=1&u=2&m=3',
  'https://brand.sjv.io/c/1/2/3',
  'https://go.skimresources.com/?id=1X2&url=x',
  'https://www.avantlink.com/click.php?tt=cl&mi=1&pw=2',
]

/** Links the plugin must leave unmarked. */
export const PLAIN_URLS = [
  'https://www.nhs.uk/conditions/leg-cramps/',
  'https://www.amazon.com/dp/B000FUZZ03',
  'https://amazon.com.example.net/dp/B0?tag=x-20',
  '/relative/page',
  '#section',
]

const word = fc.constantFrom(...VOCABULARY)
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '))
const affiliateUrl = fc.constantFrom(...AFFILIATE_URLS)
const plainUrl = fc.constantFrom(...PLAIN_URLS)
const directiveName = fc.constantFrom('x', 'b', 'abbr', 'note', 'health-tip', 'a')
const calloutName = fc.constantFrom('note', 'warning', 'danger', 'medical', 'see-doctor', 'bogus')
const alertName = fc.constantFrom('NOTE', 'tip', 'WARNING', 'see-doctor', 'EMERGENCY', 'BOGUS')
const tipId = fc.constantFrom('stretch-the-calf', 'what-causes-cramps', 'nope', 'strech-the-calf')

/** A link in any of the forms authors write. */
const link = fc.oneof(
  fc.tuple(words, affiliateUrl).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(words, plainUrl).map(([text, url]) => `[${text}](<${url}>)`),
  affiliateUrl.filter((url) => url.startsWith('https:')).map((url) => `<${url}>`),
  fc.constantFrom('www.amazon.com/dp/X?tag=t-20', 'https://amzn.to/x', 'www.nhs.uk'),
  fc.tuple(words, fc.nat(AFFILIATE_URLS.length - 1)).map(([text, n]) => `[${text}][aff${n}]`),
  words.map((text) => `[${text}][js]`),
  fc.tuple(words, affiliateUrl).map(([text, url]) => `<a href="${url}">${text}</a>`),
)

/** Inline content that is not a directive. */
const plainInline = fc.oneof(
  { arbitrary: words, weight: 4 },
  { arbitrary: link, weight: 3 },
  { arbitrary: words.map((text) => `*${text}*`), weight: 1 },
  { arbitrary: words.map((text) => `\`${text}\``), weight: 1 },
  { arbitrary: fc.constantFrom('10:30', '3:1', 'a:b', 'note:important'), weight: 1 },
)

/** A text directive, its label holding words and links, sometimes over two lines. */
const textDirective = fc
  .tuple(directiveName, fc.array(plainInline, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([name, label, broken]) => `:${name}[${label.join(broken ? '\n' : ' ')}]`)

const inline = fc
  .array(fc.oneof({ arbitrary: plainInline, weight: 3 }, { arbitrary: textDirective, weight: 1 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(' '))

/** Every line of `text` behind `depth` blockquote markers. */
const quote = (text, depth) =>
  text
    .split('\n')
    .map((line) => `${'> '.repeat(depth)}${line}`.trimEnd())
    .join('\n')

const block = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), inline)
    .map(([depth, text]) => `${'#'.repeat(depth)} ${text.replace(/\n/g, ' ')}`),
  inline,
  fc
    .array(inline, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((item) => `- ${item.replace(/\n/g, ' ')}`).join('\n')),
  // Nested blockquotes holding text directives, whose labels may cross lines.
  fc.tuple(fc.integer({ min: 1, max: 4 }), inline).map(([depth, text]) => quote(text, depth)),
  // Alerts whose titles hold links, references and directives.
  fc
    .tuple(alertName, fc.constantFrom('', '-', '+'), fc.option(inline, { nil: undefined }), inline)
    .map(([name, fold, title, body]) =>
      quote(`[!${name}]${fold}${title ? ` ${title.replace(/\n/g, ' ')}` : ''}\n${body}`, 1),
    ),
  fc
    .tuple(calloutName, fc.option(plainInline, { nil: undefined }), inline)
    .map(([name, title, body]) => `:::${name}${title ? `[${title}]` : ''}\n${body}\n:::`),
  fc
    .tuple(tipId, fc.option(plainInline, { nil: undefined }))
    .map(([id, label]) => `::health-tip${label ? `[${label}]` : ''}{id="${id}"}`),
  fc
    .tuple(directiveName, plainInline)
    .map(([name, label]) => `::${name === 'health-tip' ? 'thing' : name}[${label}]{a="1"}`),
  fc.tuple(alertName, words).map(([name, text]) => `\`\`\`\n> [!${name}] ${text}\n:::note\n\`\`\``),
  fc
    .tuple(affiliateUrl, words)
    .map(([url, text]) => `<div>\n<a href="${url}" target="_blank">${text}</a>\n</div>`),
  fc
    .tuple(words, alertName, inline)
    .map(
      ([item, name, body]) => `- ${item}\n\n  > [!${name}]\n${quote(body, 1).replace(/^/gm, '  ')}`,
    ),
)

/** Reference definitions every document carries, among them a `javascript:` one. */
const DEFINITIONS = [
  ...AFFILIATE_URLS.map((url, n) => `[aff${n}]: ${url}`),
  '[js]: javascript:alert(1)',
].join('\n')

/** A whole document: 1 to 6 blocks, then the definitions. */
export const documents = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((blocks) => `${blocks.join('\n\n')}\n\n${DEFINITIONS}\n`)
