import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const cli = findCli(fileURLToPath(import.meta.url))
const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

/**
 * Run the real `remark` CLI on one document, with remark-directive and the
 * built plugin configured in a `.remarkrc.mjs`, the way a site lints.
 */
export function runRemarkCli(
  markdown: string,
  options: object = {},
  flags: string[] = ['--frail'],
) {
  const dir = mkdtempSync(join(tmpdir(), 'healthmark-cli-'))
  writeFileSync(join(dir, 'doc.md'), markdown)
  writeFileSync(
    join(dir, '.remarkrc.mjs'),
    [
      `import remarkDirective from ${JSON.stringify(pathToFileURL(require.resolve('remark-directive')).href)}`,
      `import remarkGfm from ${JSON.stringify(pathToFileURL(require.resolve('remark-gfm')).href)}`,
      `import remarkNotices from ${JSON.stringify(pathToFileURL(dist).href)}`,
      `export default { plugins: [remarkGfm, remarkDirective, [remarkNotices, ${JSON.stringify(options)}]] }`,
    ].join('\n'),
  )
  const result = spawnSync(
    process.execPath,
    [cli, 'doc.md', '--no-stdout', '--no-color', ...flags],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  )
  return { status: result.status, stderr: result.stderr }
}

/** remark-cli exports nothing (`"exports": []`), so find its bin on disk. */
function findCli(from: string): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'remark-cli', 'cli.js')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('remark-cli is not installed; run npm install')
}
