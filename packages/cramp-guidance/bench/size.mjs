// `npm run bench`: what a site pays to ship this package. Prints the packed
// tarball (as `npm publish` would pack it) and, per locale, the raw and
// gzipped size of the per-locale entry with every chunk it loads and of the
// raw JSON file, against the budget of issue 7: one locale under 15 KB
// gzipped. Exits with code 1 when a locale is over budget.
//
// Sizes are bytes; KB is 1024 bytes, as tsup prints them. gzip uses zlib's
// default level (6), which is what most servers use for text. An entry and
// its chunks are measured together, as a site's bundler would ship them.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { entryClosure } from './entry-closure.mjs'

/** One locale, entry plus chunks, gzipped (test/size.test.ts holds the build to it). */
export const BUDGET = 15 * 1024
const packageDir = new URL('../', import.meta.url)
const dist = new URL('dist/', packageDir)

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Raw and gzipped size of some files taken together. */
export function measure(/** @type {URL[]} */ files) {
  const content = Buffer.concat(files.map((file) => readFileSync(file)))
  return { raw: content.length, gzip: gzipSync(content).length }
}

function locales() {
  return readdirSync(dist)
    .filter((name) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*\.json$/.test(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}

function pack() {
  // --ignore-scripts: measure what is built, never rebuild behind our back.
  const stdout = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: fileURLToPath(packageDir),
    encoding: 'utf8',
  })
  const [result] = JSON.parse(stdout)
  return result
}

function main() {
  if (!existsSync(new URL('index.js', dist))) {
    console.error('dist/ is missing: run `npm run build` in packages/cramp-guidance first')
    process.exitCode = 1
    return
  }

  const tarball = pack()
  console.log(
    `packed tarball: ${kb(tarball.size)} (${tarball.size} B), unpacked ${kb(tarball.unpackedSize)}, ${tarball.entryCount} files`,
  )
  console.log(`budget: one locale < ${kb(BUDGET)} gzipped\n`)

  const rows = []
  for (const locale of locales()) {
    const js = entryClosure(new URL(`${locale}.js`, dist))
    rows.push({ file: `dist/${locale}.js (+${js.length - 1} chunks)`, ...measure(js) })
    rows.push({ file: `dist/${locale}.json`, ...measure([new URL(`${locale}.json`, dist)]) })
  }
  const citationFiles = entryClosure(new URL('citations.js', dist))
  const citations = {
    file: `dist/citations.js, all locales (+${citationFiles.length - 1} chunks)`,
    ...measure(citationFiles),
  }
  const indexFiles = entryClosure(new URL('index.js', dist))
  const all = {
    file: `dist/index.js, all locales (+${indexFiles.length - 1} chunks)`,
    ...measure(indexFiles),
  }

  const width = Math.max(...[...rows, citations, all].map((row) => row.file.length))
  const line = (/** @type {{file: string, raw: number, gzip: number}} */ row, verdict) =>
    `${row.file.padEnd(width)}  raw ${kb(row.raw).padStart(9)}  gzip ${kb(row.gzip).padStart(8)}  ${(row.gzip / BUDGET).toFixed(2)}× budget${verdict ? `  ${verdict}` : ''}`

  let failed = 0
  for (const row of rows) {
    const pass = row.gzip < BUDGET
    if (!pass) failed++
    console.log(line(row, pass ? 'PASS' : 'FAIL'))
  }
  console.log(line(citations, '(not budgeted: what each source says, for editors)'))
  console.log(line(all, '(not budgeted: loads every locale)'))

  console.log(
    failed === 0
      ? `\nPASS: every locale entry is under ${kb(BUDGET)} gzipped`
      : `\nFAIL: ${failed} locale entr${failed === 1 ? 'y is' : 'ies are'} over ${kb(BUDGET)} gzipped`,
  )
  if (failed > 0) process.exitCode = 1
}

// Run only as a script, so that the test can import `measure` and `BUDGET`.
if (import.meta.url === `file://${process.argv[1]}`) main()
