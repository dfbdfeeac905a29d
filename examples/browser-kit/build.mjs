import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built packages every example renders with: a rebuild of one makes its output stale. */
const packageBuilds = ['schema', 'remark-notices', 'cramp-guidance'].map((name) =>
  fileURLToPath(new URL(`../../packages/${name}/dist`, import.meta.url)),
)

/**
 * Newest modification time of a file or of any file below a directory.
 *
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/**
 * Run the example's `build` script when its output is missing or older than
 * its inputs, so `vitest run` inside an example also works without turbo
 * (which runs `build` before `test` anyway).
 *
 * @param {{cwd: string, output: string, inputs: Array<string>}} options
 *   `output` is a file the build writes; `inputs` are the example's own files
 *   or folders it reads (the packages' builds are always inputs).
 */
export function buildIfStale({ cwd, output, inputs }) {
  const built = newestMtime(output)
  const all = [...inputs, ...packageBuilds]
  if (built > 0 && all.every((input) => newestMtime(input) <= built)) return
  execFileSync('npm', ['run', 'build'], { cwd, stdio: 'inherit' })
}
