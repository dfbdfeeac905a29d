// Copies each framework example's "## Use with …" section into the docs, and
// its main config block into the remark-notices README, so the setup users
// copy is the one the examples build and test: never written twice by hand.
//
//   node scripts/use-with.mjs          rewrite the generated parts
//   node scripts/use-with.mjs --check  exit 1 when they are out of date
import { readFile, writeFile } from 'node:fs/promises'

const root = new URL('../', import.meta.url)
const repository = 'https://github.com/healthmark/healthmark/blob/main/'

/** The examples with a "## Use with …" section, in the order users read them. */
export const EXAMPLES = ['docusaurus-site', 'next-site', 'starlight-site', 'remark-cli']

const readmePath = 'packages/remark-notices/README.md'
const docsPath = 'docs/remark-notices/frameworks.md'

/** The "## Use with …" section of a README, down to the next `## ` heading. */
export function useWithSection(readme, name) {
  const start = readme.search(/^## Use with /m)
  if (start === -1) throw new Error(`examples/${name}/README.md has no "## Use with …" section`)
  const rest = readme.slice(start)
  const end = rest.slice(3).search(/^## /m)
  return (end === -1 ? rest : rest.slice(0, end + 3)).trimEnd()
}

/** GitHub's anchor of a heading. */
function anchor(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-')
}

/** Links relative to the example's folder, made absolute (docs are read on GitHub and npm). */
function absoluteLinks(markdown, name) {
  return markdown
    .replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_, target) => {
      const url = new URL(target, `${repository}examples/${name}/`).href
      return `](${url})`
    })
    .replace(/^\[([^\]]+)\]: (?!https?:)(\S+)$/gm, (_, label, target) => {
      return `[${label}]: ${new URL(target, `${repository}examples/${name}/`).href}`
    })
}

/** Replace what stands between two markers. */
function between(text, marker, content, file) {
  const open = `<!-- ${marker}:start -->`
  const close = `<!-- ${marker}:end -->`
  const from = text.indexOf(open)
  const to = text.indexOf(close)
  if (from === -1 || to < from) throw new Error(`${file} has no ${open} … ${close} markers`)
  return `${text.slice(0, from + open.length)}\n${content}\n${text.slice(to)}`
}

/** What the README and the docs page should hold, from the examples' READMEs. */
export async function generate() {
  const sections = []
  for (const name of EXAMPLES) {
    const readme = await readFile(new URL(`examples/${name}/README.md`, root), 'utf8')
    sections.push({ name, section: useWithSection(readme, name) })
  }

  let docs = await readFile(new URL(docsPath, root), 'utf8')
  docs = between(
    docs,
    'use-with',
    sections
      .map(
        ({ name, section }) =>
          `${absoluteLinks(section, name)}\n\nTested in [\`examples/${name}\`](${repository}examples/${name}).`,
      )
      .join('\n\n'),
    docsPath,
  )

  let readme = await readFile(new URL(readmePath, root), 'utf8')
  readme = between(
    readme,
    'use-with',
    sections
      .map(({ name, section }) => {
        const heading = section.split('\n', 1)[0].replace(/^## /, '')
        const config = section.match(/^```js\n[\s\S]*?^```$/m)?.[0]
        if (!config) throw new Error(`examples/${name}/README.md: "${heading}" has no js block`)
        const docsLink = `${repository}${docsPath}#${anchor(heading)}`
        return `### ${heading}\n\n${config}\n\nThe whole setup, and why it is written this way: [${heading.toLowerCase()}](${docsLink}).`
      })
      .join('\n\n'),
    readmePath,
  )
  return { [docsPath]: docs, [readmePath]: readme }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  const stale = []
  for (const [path, content] of Object.entries(await generate())) {
    const current = await readFile(new URL(path, root), 'utf8')
    if (current === content) continue
    if (check) stale.push(path)
    else await writeFile(new URL(path, root), content)
  }
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run \`node scripts/use-with.mjs\``)
    process.exit(1)
  }
  console.log(check ? 'framework setups are in step with the examples' : 'framework setups copied')
}
