import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { type ExportEntry, exportEntries } from '../exports'
import { npmEnv, type PackResult, packPackage } from '../pack'
import { assertBuilt, readManifest, rootDir, type WorkspacePackage } from '../workspace'

const run = promisify(execFile)
const probeDir = path.dirname(new URL(import.meta.url).pathname)

export interface ProbeResult {
  resolved?: string
  names?: string[]
  defaultIsUndefined?: boolean
  importMatchesFile?: boolean
  requireMatchesFile?: boolean
  /** `typeof` what each way of loading a JS entry gives; see `shapeProblems` in consumer.test.ts. */
  shape?: {
    require?: string
    requireDefault?: string
    requireDefaultIsItself?: boolean
    importDefault?: string
    importResolvedPathDefault?: string
  }
  error?: string
}

export interface InstalledPackage {
  pkg: WorkspacePackage
  /** Where npm put it in the consumer project. */
  installDir: string
  entries: ExportEntry[]
  esm: Record<string, ProbeResult>
  cjs: Record<string, ProbeResult>
}

export type TsMode = 'node16' | 'bundler'

export interface ConsumerProject {
  /** Temporary folder holding `tarballs/` and `project/`; removed by `removeConsumerProject`. */
  root: string
  /** The consumer project itself: its package.json, node_modules, probes and ts/ folders. */
  dir: string
  installed: Map<string, InstalledPackage>
  /** Packages that could not be packed, with the reason (e.g. not built). */
  unavailable: Map<string, Error>
  /** `tsc --noEmit` diagnostics per mode, each line `file(line,col): error TS…`. */
  tsc: Record<TsMode, { code: number; lines: string[] }>
  timings: Record<string, number>
}

/**
 * One fresh project outside the workspace for every package: pack, install
 * the tarballs as a user would (no workspace links), then load each entry
 * from ESM, CJS and TypeScript.
 */
export async function createConsumerProject(
  packages: WorkspacePackage[],
): Promise<ConsumerProject> {
  const timings: Record<string, number> = {}
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    try {
      return await work()
    } finally {
      timings[label] = Math.round(performance.now() - start) / 1000
    }
  }

  const root = await mkdtemp(path.join(os.tmpdir(), 'healthmark-consumer-'))
  const tarballs = path.join(root, 'tarballs')
  const project = path.join(root, 'project')
  await mkdir(tarballs)
  await mkdir(project)

  const unavailable = new Map<string, Error>()
  const packed = new Map<string, PackResult>()
  await timed('pack', async () => {
    for (const pkg of packages) {
      try {
        assertBuilt(pkg)
        packed.set(pkg.name, await packPackage(pkg, tarballs))
      } catch (error) {
        unavailable.set(pkg.name, error instanceof Error ? error : new Error(String(error)))
      }
    }
  })

  await writeFile(
    path.join(project, 'package.json'),
    `${JSON.stringify(consumerManifest(packages, packed, project), null, 2)}\n`,
  )
  await timed('install', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: project,
      env: npmEnv(),
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(
        `npm install in the consumer project failed:\n${error.stderr ?? error.message}`,
      )
    }),
  )

  const installed = new Map<string, InstalledPackage>()
  for (const pkg of packages) {
    const result = packed.get(pkg.name)
    if (!result) continue
    const installDir = path.join(project, 'node_modules', pkg.name)
    // Entries come from the installed manifest: what users get, not the workspace copy.
    const entries = exportEntries(readManifest(installDir), result.files)
    installed.set(pkg.name, { pkg, installDir, entries, esm: {}, cjs: {} })
  }

  const runtimeEntries = [...installed.values()].flatMap((item) =>
    item.entries.filter((entry) => entry.kind !== 'types'),
  )
  await writeFile(path.join(project, 'entries.json'), JSON.stringify(runtimeEntries))
  for (const file of ['probe-entries.cjs', 'probe.mjs', 'probe.cjs']) {
    await copyFile(path.join(probeDir, file), path.join(project, file))
  }
  const { esm, cjs } = await timed('runtime', () => runProbes(project, process.execPath))
  for (const item of installed.values()) {
    for (const entry of item.entries) {
      const esmResult = esm[entry.specifier]
      const cjsResult = cjs[entry.specifier]
      if (esmResult) item.esm[entry.specifier] = esmResult
      if (cjsResult) item.cjs[entry.specifier] = cjsResult
    }
  }

  await writeTypeScriptFiles(project, [...installed.values()])
  const tsc = await timed('tsc', async () => {
    const [node16, bundler] = await Promise.all([
      typecheck(project, 'node16'),
      typecheck(project, 'bundler'),
    ])
    return { node16, bundler }
  })

  return { root, dir: project, installed, unavailable, tsc, timings }
}

/**
 * Tarballs as dependencies, with `overrides` so a package that depends on
 * another of ours gets the tarball too, never a copy from the registry.
 * Peer dependencies come from the packages; TypeScript and @types/node at the
 * versions the workspace builds with.
 */
function consumerManifest(
  packages: WorkspacePackage[],
  packed: Map<string, PackResult>,
  project: string,
) {
  const ours = new Set(packages.map((pkg) => pkg.name))
  const dependencies: Record<string, string> = {}
  const overrides: Record<string, string> = {}
  for (const [name, result] of packed) {
    dependencies[name] = `file:${path.relative(project, result.tarball)}`
    overrides[name] = `$${name}`
  }
  for (const pkg of packages) {
    for (const [name, range] of Object.entries(pkg.manifest.peerDependencies ?? {})) {
      if (!ours.has(name)) dependencies[name] ??= range
    }
  }
  const tooling = readManifest(rootDir).devDependencies ?? {}
  const devDependencies: Record<string, string> = {}
  for (const name of ['typescript', '@types/node']) {
    const range = tooling[name]
    if (!range) throw new Error(`root package.json has no devDependency ${name}`)
    devDependencies[name] = range
  }
  return {
    name: 'healthmark-consumer-smoke',
    version: '0.0.0',
    private: true,
    dependencies,
    devDependencies,
    overrides,
  }
}

export interface ProbeRun {
  esm: Record<string, ProbeResult>
  cjs: Record<string, ProbeResult>
}

/**
 * Both probes over every runtime entry with the given Node binary: the
 * current one for the main checks, other majors for the version matrix.
 */
export async function runProbes(project: string, nodeBin: string): Promise<ProbeRun> {
  const [esm, cjs] = await Promise.all([
    probe(project, 'probe.mjs', nodeBin),
    probe(project, 'probe.cjs', nodeBin),
  ])
  return { esm, cjs }
}

async function probe(
  project: string,
  script: string,
  nodeBin: string,
): Promise<Record<string, ProbeResult>> {
  const { stdout } = await run(nodeBin, [script, 'entries.json'], {
    cwd: project,
    env: npmEnv(),
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(stdout) as Record<string, ProbeResult>
}

const tsconfigs: Record<TsMode, Record<string, unknown>> = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
}

/**
 * Per package and mode, files that import every entry and list the runtime
 * export names as `keyof typeof` the import: a name the JS has but the
 * declarations lack fails to compile. node16 gets `.ts` (CommonJS here, as
 * the project has no `"type"`), `.mts` and `.cts`; bundler gets `.ts`.
 */
async function writeTypeScriptFiles(project: string, items: InstalledPackage[]): Promise<void> {
  for (const mode of ['node16', 'bundler'] as const) {
    const dir = path.join(project, 'ts', mode)
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...tsconfigs[mode],
          target: 'es2022',
          strict: true,
          noEmit: true,
          resolveJsonModule: true,
          // Our declarations are checked too, as a user without skipLibCheck would.
          skipLibCheck: false,
          types: ['node'],
        },
        include: ['*.ts', '*.mts', '*.cts'],
      }),
    )
    for (const item of items) {
      const files =
        mode === 'node16'
          ? {
              '.ts': typeScriptModule(item, 'import', item.cjs, mode),
              '.mts': typeScriptModule(item, 'import', item.esm, mode),
              '.cts': typeScriptModule(item, 'require', item.cjs, mode),
            }
          : { '.ts': typeScriptModule(item, 'import', item.esm, mode) }
      for (const [extension, source] of Object.entries(files)) {
        await writeFile(path.join(dir, `${item.pkg.folder}${extension}`), source)
      }
    }
  }
}

function typeScriptModule(
  item: InstalledPackage,
  syntax: 'import' | 'require',
  runtime: Record<string, ProbeResult>,
  mode: TsMode,
): string {
  const lines: string[] = []
  item.entries.forEach((entry, index) => {
    const id = `entry${index}`
    const from = JSON.stringify(entry.specifier)
    if (entry.kind === 'js' || entry.kind === 'types') {
      lines.push(
        syntax === 'require' ? `import ${id} = require(${from})` : `import * as ${id} from ${from}`,
      )
      const names = runtime[entry.specifier]?.names ?? []
      lines.push(
        `export const ${id}Names: ReadonlyArray<keyof typeof ${id}> = ${JSON.stringify(names)}`,
      )
      // A CommonJS entry that is a function at runtime must be one in its declarations too.
      if (syntax === 'require' && runtime[entry.specifier]?.shape?.require === 'function') {
        lines.push(`export const ${id}Call: (...args: never[]) => unknown = ${id}`)
        lines.push(`export const ${id}Default: (...args: never[]) => unknown = ${id}.default`)
      }
    } else if (entry.kind === 'json' && syntax === 'require') {
      lines.push(`import ${id} = require(${from})`, `export const ${id}Data: object = ${id}`)
    } else if (entry.kind === 'json' && runtime === item.esm) {
      // `module: node16` predates import attributes (TS2823 there); bundler
      // mode and Node itself want `with { type: 'json' }`.
      const attributes = mode === 'node16' ? '' : ` with { type: 'json' }`
      lines.push(`import ${id} from ${from}${attributes}`, `export const ${id}Data: object = ${id}`)
    }
  })
  return `${lines.join('\n')}\nexport {}\n`
}

async function typecheck(
  project: string,
  mode: TsMode,
): Promise<{ code: number; lines: string[] }> {
  const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc')
  const result = await run(process.execPath, [tsc, '-p', `ts/${mode}`, '--pretty', 'false'], {
    cwd: project,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: `${stdout}\n${stderr}` }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : 1,
      output: `${error.stdout ?? ''}\n${error.stderr ?? ''}`,
    }),
  )
  return {
    code: result.code,
    lines: result.output.split('\n').filter((line) => line.trim() !== ''),
  }
}
