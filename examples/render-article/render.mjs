/**
 * Render `article.md` and the full cramp guide of every locale to standalone
 * HTML pages in `dist/`. `--summary` (what `npm run demo` passes) also prints
 * what the plugin did on each page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { availableLocales, getGuidance, toMarkdown } from '@healthmark/cramp-guidance'
import { renderPage } from './lib/render-page.mjs'
import { formatSummary, summarize } from './lib/summarize.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const dist = join(here, 'dist')
/** Where the article would live on a real site; the guides sit next to it. */
const BASE_URL = 'https://www.example.com/leg-cramps/'

const started = performance.now()
const styles = await readFile(
  fileURLToPath(import.meta.resolve('@healthmark/remark-notices/styles.css')),
  'utf8',
)
const locales = /** @type {Array<'en' | 'de'>} */ ([...availableLocales])
/** Navigation labels, each in the language of the page it leads to. */
const GUIDE_LABELS = { en: 'Full guide (English)', de: 'Ratgeber (Deutsch)' }
const nav = [
  { href: 'index.html', label: 'Article', lang: 'en' },
  ...locales.map((locale) => ({
    href: `guide-${locale}.html`,
    label: GUIDE_LABELS[locale] ?? locale,
    lang: locale,
  })),
]

/** @type {Array<{name: string, source: string, markdown: string, locale: 'en' | 'de', output: string, article: boolean}>} */
const jobs = [
  {
    name: 'Article',
    source: join(here, 'article.md'),
    markdown: await readFile(join(here, 'article.md'), 'utf8'),
    locale: 'en',
    output: 'index.html',
    article: true,
  },
  // The guide pages are generated from the dataset, so they never drift from it.
  ...locales.map((locale) => ({
    name: `Guide (${locale})`,
    source: `cramp-guidance/${locale}.md`,
    markdown: toMarkdown(getGuidance(locale)),
    locale,
    output: `guide-${locale}.html`,
    article: false,
  })),
]

await mkdir(dist, { recursive: true })
const reports = []
for (const job of jobs) {
  const { file, tree, html } = await renderPage({
    markdown: job.markdown,
    path: job.source,
    locale: job.locale,
    set: getGuidance(job.locale),
    url: new URL(job.output === 'index.html' ? '' : job.output, BASE_URL).href,
    styles,
    nav,
    article: job.article,
  })
  const output = join(dist, job.output)
  await writeFile(output, html)
  reports.push({ job, output, summary: summarize(file, tree) })
}

const elapsed = Math.round(performance.now() - started)
const cwd = process.cwd()
if (process.argv.includes('--summary')) {
  console.log(`Healthmark demo: ${reports.length} pages in ${elapsed} ms\n`)
  for (const { job, output, summary } of reports) {
    console.log(formatSummary(`${job.name} → ${relative(cwd, output)}`, summary))
    console.log('')
  }
  console.log(`Open ${join(dist, 'index.html')} in a browser.`)
} else {
  for (const { output } of reports) console.log(`wrote ${relative(cwd, output)}`)
}
