import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export const siteDir = fileURLToPath(new URL('..', import.meta.url))
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

/** The bundlers the site is built with; each gets its own static export. */
export const BUNDLERS = /** @type {const} */ (['webpack', 'turbopack'])

/**
 * One production build, exported as static files to `out-<bundler>/`
 * (`distDir` in next.config.mjs), and how long it took in seconds.
 *
 * @param {'webpack' | 'turbopack'} bundler
 * @param {{outDir?: string, env?: Record<string, string>, cold?: boolean}} [options]
 *   `cold` removes `.next/` (Next's build state and caches) first.
 * @returns {number}
 */
export function nextBuild(bundler, options = {}) {
  const { outDir = `out-${bundler}`, env = {}, cold = false } = options
  // Both bundlers keep their build state in `.next/`, whatever `distDir` says.
  if (cold) rmSync(new URL('../.next', import.meta.url), { recursive: true, force: true })
  const start = performance.now()
  execFileSync(
    process.execPath,
    [nextBin, 'build', ...(bundler === 'turbopack' ? ['--turbopack'] : [])],
    {
      cwd: siteDir,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: outDir, ...env },
    },
  )
  return (performance.now() - start) / 1000
}
