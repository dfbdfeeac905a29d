import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { WorkspacePackage } from './workspace'

const run = promisify(execFile)

export interface PackResult {
  /** Absolute path of the `.tgz`. */
  tarball: string
  /** Paths inside the tarball, relative to the package root (`dist/index.js`). */
  files: string[]
}

interface NpmPackJson {
  filename: string
  files: { path: string }[]
}

/**
 * `npm pack` exactly as `npm publish` would pack, into `destination`.
 * Scripts are ignored so packing can never rebuild `dist/` behind the tests' back.
 */
export async function packPackage(pkg: WorkspacePackage, destination: string): Promise<PackResult> {
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
    { cwd: pkg.dir, env: npmEnv(), maxBuffer: 64 * 1024 * 1024 },
  )
  const [result] = JSON.parse(stdout) as NpmPackJson[]
  if (!result) throw new Error(`npm pack printed no result for ${pkg.name}`)
  return {
    tarball: path.join(destination, result.filename),
    files: result.files.map((file) => file.path).sort(),
  }
}

/**
 * The environment for a nested npm: without the `npm_*` variables that the
 * outer `npm run` sets (workspace, prefix, lifecycle), which would otherwise
 * point the nested command back at this monorepo.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase()
    const keep =
      !lower.startsWith('npm_') ||
      (lower.startsWith('npm_config_') && !outerOnlyConfig.test(lower.slice('npm_config_'.length)))
    if (keep && key !== 'INIT_CWD' && key !== 'NODE_ENV' && key !== 'NODE_OPTIONS') env[key] = value
  }
  return env
}

/** npm settings that describe the outer command, not the user's npm setup. */
const outerOnlyConfig =
  /^(workspaces?|include_workspace_root|prefix|local_prefix|global|location|dry_run|omit|include|production|save.*|package_lock.*|ignore_scripts|install_links|audit|fund|json|node_options)$/
