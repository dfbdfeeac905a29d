import { serializeJsonLd, toJsonLd } from '@healthmark/schema'
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import { renderDocument } from './document.mjs'
import { createProcessor } from './processor.mjs'

/**
 * @typedef {import('@healthmark/schema').GuidanceSet} GuidanceSet
 * @typedef {import('hast').Root} HastRoot
 */

/**
 * @typedef RenderedPage
 * @property {VFile} file
 *   The processed file: its `messages` and `data.affiliate` feed the summary.
 * @property {HastRoot} tree
 *   The HTML syntax tree of the content, to count what was rendered.
 * @property {string} html
 *   The complete standalone document.
 */

/**
 * Turn one Markdown source into a standalone HTML page: content through the
 * unified pipeline, the guidance set's JSON-LD in the head, the plugin's
 * stylesheet inlined.
 *
 * @param {object} options
 * @param {string} options.markdown
 * @param {string} options.path
 *   Source path, so warnings name the file.
 * @param {'en' | 'de'} options.locale
 * @param {GuidanceSet} options.set
 *   The guidance set the page is about (`::health-tip` lookups; a guide's JSON-LD).
 * @param {boolean} [options.article]
 *   An authored article: review byline and its own JSON-LD (else the set's).
 * @param {string} options.url
 *   Public URL of the page, for the JSON-LD.
 * @param {string} options.styles
 *   CSS to inline.
 * @param {Array<{href: string, label: string, lang: string}>} options.nav
 * @returns {Promise<RenderedPage>}
 */
export async function renderPage({
  markdown,
  path,
  locale,
  set,
  url,
  styles,
  nav,
  article = false,
}) {
  const file = new VFile({ path, value: markdown })
  // Front matter stays in the tree (remark-frontmatter) so warnings keep the
  // source's line numbers; vfile-matter puts it on `file.data.matter`, where
  // the plugin looks for a per-page `healthmark: { disclaimer: false }`.
  matter(file)
  const processor = createProcessor({ locale, tips: set, article })
  const tree = /** @type {HastRoot} */ (await processor.run(processor.parse(file), file))
  const content = processor.stringify(tree, file)
  const data = /** @type {{title?: string, description?: string}} */ (file.data.matter ?? {})
  const html = renderDocument({
    lang: locale,
    title: data.title ?? set.title,
    description: data.description,
    url,
    styles,
    // The article describes itself (review, condition, the sources of its
    // tips); a guide page is the whole set.
    jsonLd: serializeJsonLd(file.data.healthmark?.jsonLd ?? toJsonLd(set, { url })),
    nav,
    content,
  })
  return { file, tree, html }
}
