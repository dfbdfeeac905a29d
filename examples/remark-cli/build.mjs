/**
 * Render every page in `content/` to `dist/<name>/index.html` with the preset
 * in `.remarkrc.mjs`, the one `remark content --frail` lints with. Warnings
 * are printed as remark-cli prints them.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getGuidance } from '@healthmark/cramp-guidance'
import { serializeJsonLd, toJsonLd } from '@healthmark/schema'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import preset from './.remarkrc.mjs'

const SITE = 'https://www.example.com/'
const here = fileURLToPath(new URL('.', import.meta.url))
const dist = join(here, 'dist')

/** Enough layout to read the page; the callouts' own look comes from styles.css. */
const PAGE_CSS = `:root { color-scheme: light dark; font: 1.0625rem/1.6 system-ui, sans-serif; }
body { margin: 0; background: light-dark(#ffffff, #0d1117); color: light-dark(#1f2328, #e6edf3); }
a { color: light-dark(#0550ae, #6cb6ff); }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }`

const processor = unified().use(remarkParse).use(preset).use(remarkRehype)

await mkdir(dist, { recursive: true })
await copyFile(
  fileURLToPath(import.meta.resolve('@healthmark/remark-notices/styles.css')),
  join(dist, 'styles.css'),
)

const files = []
for (const name of (await readdir(join(here, 'content'))).filter((n) => n.endsWith('.md'))) {
  const path = join(here, 'content', name)
  const file = new VFile({ path, value: await readFile(path, 'utf8') })
  const slug = basename(name, '.md')
  const url = new URL(`${slug}/`, SITE).href
  const content = await processor.run(processor.parse(file), file)
  // The preset's front matter step filled this in.
  const { title, description } = /** @type {{title: string, description: string}} */ (
    file.data.matter
  )
  const page = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', title),
      h('meta', { name: 'description', content: description }),
      h('link', { rel: 'stylesheet', href: '../styles.css' }),
      h('style', PAGE_CSS),
      h(
        'script',
        { type: 'application/ld+json' },
        serializeJsonLd(toJsonLd(getGuidance('en'), { url })),
      ),
    ]),
    h('body', [h('main', content.children)]),
  ])
  await mkdir(join(dist, slug), { recursive: true })
  await writeFile(
    join(dist, slug, 'index.html'),
    toHtml({ type: 'root', children: [{ type: 'doctype' }, page] }),
  )
  files.push(file)
}
console.error(reporter(files))
