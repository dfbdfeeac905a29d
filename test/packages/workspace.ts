import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Repository root: this file lives in `test/packages/`. */
export const rootDir = fileURLToPath(new URL('../../', import.meta.url))
export const packagesDir = path.join(rootDir, 'packages')

export type ExportsValue = string | null | ExportsValue[] | { [key: string]: ExportsValue }

export interface Manifest {
  name: string
  version: string
  private?: boolean
  exports?: ExportsValue
  peerDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  scripts?: Record<string, string>
}

export interface WorkspacePackage {
  /** Absolute path of the package folder. */
  dir: string
  /** Folder name under `packages/`, used for file names. */
  folder: string
  name: string
  manifest: Manifest
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest
}

/** Folders under `packages/`, found when the tests run so a new package needs no new code. */
export function packageFolders(): string[] {
  return readdirSync(packagesDir)
    .filter((name) => !name.startsWith('.'))
    .filter((name) => statSync(path.join(packagesDir, name)).isDirectory())
    .sort()
}

/** Every package under `packages/` that is published, i.e. not `private`. */
export function publicPackages(): WorkspacePackage[] {
  return packageFolders()
    .filter((folder) => existsSync(path.join(packagesDir, folder, 'package.json')))
    .map((folder) => {
      const dir = path.join(packagesDir, folder)
      const manifest = readManifest(dir)
      return { dir, folder, name: manifest.name, manifest }
    })
    .filter((pkg) => pkg.manifest.private !== true)
}

/**
 * A package is checked as built, never rebuilt here: the checks run after
 * `turbo run build`, and rebuilding would hide a stale or broken build step.
 */
export function assertBuilt(pkg: WorkspacePackage): void {
  const dist = path.join(pkg.dir, 'dist')
  if (!existsSync(dist) || readdirSync(dist).length === 0) {
    throw new Error(
      `${pkg.name} has no build output in ${path.relative(rootDir, dist)}: run npm run build first`,
    )
  }
}
