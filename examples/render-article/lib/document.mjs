/**
 * Escape text for use in HTML content and double-quoted attributes.
 *
 * @param {string} value
 */
function escapeHtml(value) {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** Page layout around the content; the callouts' own look comes from the plugin's styles.css. */
const PAGE_CSS = `
:root { color-scheme: light dark; --page-bg: #ffffff; --page-fg: #1f2328; --page-muted: #59636e; --page-link: #0550ae; --page-rule: #d1d9e0; }
@media (prefers-color-scheme: dark) {
  :root { --page-bg: #0d1117; --page-fg: #e6edf3; --page-muted: #9198a1; --page-link: #6cb6ff; --page-rule: #3d444d; }
}
body { margin: 0; background: var(--page-bg); color: var(--page-fg); font: 1.0625rem/1.6 system-ui, "Liberation Sans", "DejaVu Sans", sans-serif; }
a { color: var(--page-link); text-underline-offset: 0.15em; }
header, main, footer { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
header nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 1rem 0; border-bottom: 1px solid var(--page-rule); }
header nav a[aria-current="page"] { font-weight: 600; color: var(--page-fg); text-decoration: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid var(--page-rule); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--page-rule); color: var(--page-muted); font-size: 0.9rem; }
`

/**
 * @typedef DocumentParts
 * @property {string} lang
 * @property {string} title
 * @property {string | undefined} description
 * @property {string} url
 * @property {string} styles
 *   The plugin's stylesheet.
 * @property {string} jsonLd
 *   Already serialized with `serializeJsonLd`, so it cannot close the script element.
 * @property {Array<{href: string, label: string, lang: string}>} nav
 * @property {string} content
 *   HTML of the article.
 */

/**
 * A complete HTML document with everything inlined, so `dist/index.html`
 * works when opened straight from disk.
 *
 * @param {DocumentParts} parts
 */
export function renderDocument({ lang, title, description, url, styles, jsonLd, nav, content }) {
  const here = new URL(url).pathname.split('/').pop() || 'index.html'
  const links = nav
    .map(
      (item) =>
        `<a href="${escapeHtml(item.href)}" hreflang="${item.lang}" lang="${item.lang}"${item.href === here ? ' aria-current="page"' : ''}>${escapeHtml(item.label)}</a>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<link rel="canonical" href="${escapeHtml(url)}">
<style>
${styles}
</style>
<style>${PAGE_CSS}</style>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<header><nav aria-label="Pages">
${links}
</nav></header>
<main>
${content}
</main>
<footer><p>Rendered with Healthmark: @healthmark/remark-notices and @healthmark/cramp-guidance.</p></footer>
</body>
</html>
`
}
