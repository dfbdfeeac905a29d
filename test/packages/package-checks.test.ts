import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportEntries, leafTargets, SOURCE_CONDITION, subpathMap, targetInPack } from './exports'
import { type PackResult, packPackage } from './pack'
import { assertBuilt, packageFolders, packagesDir, publicPackages, rootDir } from './workspace'

const run = promisify(execFile)
const attwBin = path.join(rootDir, 'node_modules', '.bin', 'attw')

/**
 * What `npm pack` may ship: the build and the standard documents (any
 * extension or suffix, e.g. a second `LICENSE-content` for data under
 * another licence). Anything else (sources, tests, configs, fixtures) is a leak.
 */
const allowedInPack = [
  /^dist\//,
  /^package\.json$/,
  /^README[^/]*$/i,
  /^LICEN[CS]E[^/]*$/i,
  /^CHANGELOG[^/]*$/i,
]
/** Every published package needs a README and a licence; named by pattern, as above. */
const requiredInPack = [
  { name: 'package.json', pattern: /^package\.json$/ },
  { name: 'README*', pattern: /^README[^/]*$/i },
  { name: 'LICENSE*', pattern: /^LICEN[CS]E[^/]*$/i },
]

let workDir = ''
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'healthmark-pack-'))
})
afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('packages/', () => {
  it('holds a package.json in every folder', () => {
    const missing = packageFolders().filter(
      (folder) => !existsSync(path.join(packagesDir, folder, 'package.json')),
    )
    expect(missing, 'folders under packages/ without a package.json').toEqual([])
  })

  it('has at least one published package to check', () => {
    expect(publicPackages().map((pkg) => pkg.name)).not.toEqual([])
  })
})

describe.each(publicPackages())('$name', (pkg) => {
  // Packed once, on first use, inside the tests: an unbuilt package then
  // fails every check by name instead of turning them into skips.
  let packing: Promise<PackResult> | undefined
  const packed = () => {
    packing ??= (async () => {
      assertBuilt(pkg)
      return packPackage(pkg, await mkdtemp(path.join(workDir, `${pkg.folder}-`)))
    })()
    return packing
  }

  it('passes publint with no error or warning', async () => {
    const tarball = await readFile((await packed()).tarball)
    const { messages, pkg: manifest } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength),
      },
      level: 'suggestion',
    })
    const lines = messages.map(
      (message) => `${message.type}: ${formatMessage(message, manifest, { color: false })}`,
    )
    // Suggestions are advice, not defects: shown, not failed on.
    const suggestions = lines.filter((line) => line.startsWith('suggestion:'))
    if (suggestions.length > 0) console.info(`publint ${pkg.name}\n${suggestions.join('\n')}`)
    expect(lines.filter((line) => !line.startsWith('suggestion:'))).toEqual([])
  })

  // Profile `node16` ignores only the `node10` resolution (TypeScript's legacy
  // `moduleResolution: node`), which cannot see `exports` subpaths such as
  // `./json-schema/guidance-set.json` at all. node16 (CJS and ESM) and bundler stay strict.
  it('passes @arethetypeswrong/cli --profile node16 with no problem', async () => {
    const { tarball, files } = await packed()
    // Stylesheets and other assets are not modules: TypeScript cannot resolve
    // them, so attw reports NoResolution for every mode. Only those are left out.
    const assets = exportEntries(pkg.manifest, files)
      .filter((entry) => entry.kind === 'asset')
      .map((entry) => entry.subpath)
    const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : []
    const result = await run(
      attwBin,
      [tarball, '--format', 'json', '--profile', 'node16', ...exclude],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? 1,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    )
    const report = JSON.parse(result.stdout || '{}') as AttwReport
    expect(report.analysis?.types, 'attw found no type declarations').toBeTruthy()
    const problems = (report.analysis?.problems ?? [])
      .filter((problem) => problem.resolutionKind !== 'node10')
      .map((problem) =>
        [problem.kind, problem.entrypoint, problem.resolutionKind].filter(Boolean).join(' '),
      )
    expect(problems).toEqual([])
    expect(result.code, 'attw exit code').toBe(0)
  })

  it('packs only dist/, README*, LICENSE*, CHANGELOG* and package.json', async () => {
    const { files } = await packed()
    const extra = files.filter((file) => !allowedInPack.some((rule) => rule.test(file)))
    expect(extra, 'files that should not be published').toEqual([])
    const missing = requiredInPack
      .filter(({ pattern }) => !files.some((file) => pattern.test(file)))
      .map(({ name }) => name)
    expect(missing, 'files every published package needs').toEqual([])
    expect(files.some((file) => file.startsWith('dist/'))).toBe(true)
  })

  it('packs every target of its exports map', async () => {
    const { files } = await packed()
    const subpaths = subpathMap(pkg.manifest.exports)
    expect(subpaths.size, 'package.json has no exports map').toBeGreaterThan(0)
    const missing = [...subpaths].flatMap(([subpath, value]) =>
      leafTargets(value)
        .filter((target) => !targetInPack(target, files))
        .map((target) => `${subpath} → ${target}`),
    )
    expect(missing).toEqual([])
  })

  it('resolves every JavaScript subpath to its TypeScript source under the source condition', () => {
    const problems = [...subpathMap(pkg.manifest.exports)].flatMap(([subpath, value]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
      if (!leafTargets(value).some((target) => /\.[cm]?js$/.test(target))) return []
      const source = value[SOURCE_CONDITION]
      // Conditions match in order, so the source condition must come first.
      if (Object.keys(value)[0] !== SOURCE_CONDITION) return [`${subpath}: not first`]
      if (typeof source !== 'string' || !existsSync(path.join(pkg.dir, source))) {
        return [`${subpath}: ${String(source)} is not a file`]
      }
      return []
    })
    expect(problems).toEqual([])
  })
})

interface AttwReport {
  analysis?: {
    types?: unknown
    problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[]
  }
}
