import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { npmEnv } from '../pack'

const run = promisify(execFile)

/** Node majors our users run besides the one the workspace builds with (engines: >=20.19). */
export const extraNodeMajors = [22, 24] as const

export type NodeBinary =
  | { major: number; available: true; version: string; bin: string }
  | { major: number; available: false; reason: string }

/**
 * Kept across runs so only the first run downloads (~50 MB a version): a
 * fresh machine pays it once, later runs reuse the unpacked binary.
 */
const cacheDir = path.join(os.tmpdir(), 'healthmark-node-bins')

/**
 * A Node binary of another major version, from the npm registry's
 * `node-<platform>-<arch>` packages (the ones the `node` package installs),
 * since the registry is the only download this project's machines and CI
 * can reach. Never throws: a binary that cannot be had is a reason to skip,
 * not a failure, because it says nothing about our packages.
 */
export async function obtainNode(major: number): Promise<NodeBinary> {
  const pkg = `node-${process.platform}-${process.arch}`
  try {
    const version = await latestVersion(pkg, major).catch((error: unknown) => {
      // Offline or registry trouble: a binary of this major from an earlier run still serves.
      const cached = cachedVersions(major)
      if (cached[0]) return cached[0]
      throw error
    })
    const bin = path.join(cacheDir, version, 'bin', 'node')
    if (!existsSync(bin)) await download(pkg, version)
    const { stdout } = await run(bin, ['--version'])
    if (stdout.trim() !== `v${version}`) {
      throw new Error(`${bin} reports ${stdout.trim()}, expected v${version}`)
    }
    return { major, available: true, version, bin }
  } catch (error) {
    // npm's own explanation (E404, ENOTFOUND …) says more than "Command failed".
    const stderr = (error as { stderr?: string }).stderr ?? ''
    const npmLine = stderr.split('\n').find((line) => /npm (error|ERR!) (code|404)/.test(line))
    const message =
      npmLine ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
    return { major, available: false, reason: `no Node ${major} from ${pkg}: ${message}` }
  }
}

async function latestVersion(pkg: string, major: number): Promise<string> {
  const { stdout } = await run('npm', ['view', `${pkg}@${major}`, 'version', '--json'], {
    env: npmEnv(),
    timeout: 60_000,
  })
  const parsed = JSON.parse(stdout) as string | string[]
  const versions = (Array.isArray(parsed) ? parsed : [parsed]).filter((version) =>
    /^\d+\.\d+\.\d+$/.test(version),
  )
  const latest = versions.sort(compareVersions).at(-1)
  if (!latest) throw new Error(`the registry lists no ${pkg}@${major}`)
  return latest
}

function cachedVersions(major: number): string[] {
  if (!existsSync(cacheDir)) return []
  return readdirSync(cacheDir)
    .filter((name) => name.startsWith(`${major}.`))
    .filter((name) => existsSync(path.join(cacheDir, name, 'bin', 'node')))
    .sort(compareVersions)
    .reverse()
}

/** `npm pack` fetches the tarball through npm's own cache; only `bin/node` is unpacked. */
async function download(pkg: string, version: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  const staging = await mkdtemp(path.join(cacheDir, '.download-'))
  try {
    const { stdout } = await run(
      'npm',
      ['pack', `${pkg}@${version}`, '--json', '--pack-destination', staging],
      { env: npmEnv(), timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    )
    const [result] = JSON.parse(stdout) as { filename: string }[]
    if (!result) throw new Error(`npm pack ${pkg}@${version} printed no result`)
    await run(
      'tar',
      ['-xzf', path.join(staging, result.filename), '-C', staging, 'package/bin/node'],
      {
        timeout: 300_000,
      },
    )
    // Renamed into place whole, so a run killed mid-download never leaves a half binary in the cache.
    await rm(path.join(cacheDir, version), { recursive: true, force: true })
    await rename(path.join(staging, 'package'), path.join(cacheDir, version))
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}
