import { lstatSync, realpathSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extraNodeMajors, type NodeBinary, obtainNode } from './consumer/node-versions'
import {
  type ConsumerProject,
  createConsumerProject,
  type InstalledPackage,
  type ProbeResult,
  type ProbeRun,
  runProbes,
  type TsMode,
} from './consumer/project'
import { publicPackages, rootDir } from './workspace'

/**
 * The consumer smoke test: every package under packages/ is packed, the
 * tarballs are installed together into one fresh project in the OS temp
 * folder (dependencies from the registry, no workspace links), and each
 * entry of each package's `exports` is loaded from ESM, CJS and TypeScript.
 * One install serves every test in this file.
 */
const packages = publicPackages()

let consumer: ConsumerProject | undefined
let setupError: Error | undefined
let nodeBinaries: Promise<NodeBinary[]> | undefined

beforeAll(async () => {
  // Downloading other Node versions overlaps the install; it never fails the setup.
  nodeBinaries = Promise.all(extraNodeMajors.map((major) => obtainNode(major)))
  try {
    consumer = await createConsumerProject(packages)
    console.info(
      `consumer project ${consumer.dir}; seconds per step: ${JSON.stringify(consumer.timings)}`,
    )
  } catch (error) {
    // Kept for the tests to report, so each names the failed setup instead of vitest skipping them all.
    setupError = error instanceof Error ? error : new Error(String(error))
  }
})

afterAll(async () => {
  if (consumer) await rm(consumer.root, { recursive: true, force: true })
})

function project(): ConsumerProject {
  if (setupError) throw setupError
  if (!consumer) throw new Error('the consumer project was not created')
  return consumer
}

/** The installed package, or the reason it is missing (unbuilt packages say "run npm run build first"). */
function installed(name: string): InstalledPackage {
  const current = project()
  const reason = current.unavailable.get(name)
  if (reason) throw reason
  const item = current.installed.get(name)
  if (!item) throw new Error(`${name} was packed but not installed in ${current.dir}`)
  return item
}

/** Problems with one probe's results, one readable line each; empty when every entry loaded. */
function probeProblems(item: InstalledPackage, results: Record<string, ProbeResult>): string[] {
  const installRoot = realpathSync(item.installDir)
  return item.entries
    .filter((entry) => entry.kind !== 'types')
    .flatMap((entry) => {
      const result = results[entry.specifier]
      if (!result) return [`${entry.specifier}: not probed`]
      if (result.error) return [`${entry.specifier}: ${result.error.split('\n')[0]}`]
      const problems: string[] = []
      if (!result.resolved || !realpathSync(result.resolved).startsWith(installRoot + path.sep)) {
        problems.push(
          `${entry.specifier}: resolved outside the installed package (${result.resolved})`,
        )
      }
      if (entry.kind === 'js' && (result.names ?? []).length === 0) {
        problems.push(`${entry.specifier}: loads but exports nothing`)
      }
      if (entry.kind === 'js' && result.defaultIsUndefined) {
        problems.push(`${entry.specifier}: has a "default" export that is undefined`)
      }
      if (entry.kind === 'json' && result.requireMatchesFile === false) {
        problems.push(`${entry.specifier}: require() differs from the file`)
      }
      if (entry.kind === 'json' && result.importMatchesFile === false) {
        problems.push(`${entry.specifier}: import differs from the file`)
      }
      return problems
    })
}

/**
 * Frameworks load plugins by name in more ways than `import`: `require(name)`,
 * `require(name).default`, and `@next/mdx`'s `import(require.resolve(name))`,
 * which hands back whatever the CommonJS file assigned to `module.exports`.
 * So an entry whose default export is a function (a plugin) must give that
 * function every way: its CommonJS file *is* the function, with `default`
 * and the named exports as properties. Entries without a function default
 * (schemas, helpers, data sets) keep the plain exports object in CommonJS:
 * nothing calls them, and a data set with itself as `default` would no
 * longer serialise.
 */
function shapeProblems(
  item: InstalledPackage,
  esm: Record<string, ProbeResult>,
  cjs: Record<string, ProbeResult>,
): string[] {
  return item.entries
    .filter((entry) => entry.kind === 'js')
    .flatMap((entry) => {
      const imported = esm[entry.specifier]?.shape
      const required = cjs[entry.specifier]?.shape
      if (!imported || !required) return [`${entry.specifier}: not probed`]
      const found = {
        'require(name)': required.require,
        'require(name).default': required.requireDefault,
        '(await import(require.resolve(name))).default': imported.importResolvedPathDefault,
      }
      const wanted =
        imported.importDefault === 'function'
          ? {
              'require(name)': 'function',
              'require(name).default': 'function',
              '(await import(require.resolve(name))).default': 'function',
            }
          : {
              'require(name)': 'object',
              'require(name).default': imported.importDefault,
              '(await import(require.resolve(name))).default': 'object',
            }
      const problems = Object.entries(wanted)
        .filter(([way, type]) => found[way as keyof typeof found] !== type)
        .map(
          ([way, type]) =>
            `${entry.specifier}: ${way} is a ${found[way as keyof typeof found]}, expected a ${type} (import gives a ${imported.importDefault} default)`,
        )
      if (imported.importDefault === 'function' && !required.requireDefaultIsItself) {
        problems.push(`${entry.specifier}: require(name).default is not require(name) itself`)
      }
      return problems
    })
}

/** tsc lines about one package: its probe files in ts/MODE/ and its own declarations. */
function ownsLine(item: InstalledPackage, mode: TsMode, line: string): boolean {
  return (
    line.startsWith(`ts/${mode}/${item.pkg.folder}.`) ||
    line.startsWith(`node_modules/${item.pkg.name}/`)
  )
}

describe('consumer project', () => {
  it('is a fresh project outside the workspace', () => {
    const { dir } = project()
    expect(path.relative(rootDir, dir).startsWith('..'), `${dir} is inside ${rootDir}`).toBe(true)
  })

  it.each(['node16', 'bundler'] as const)(
    'has no tsc error outside our packages with moduleResolution %s',
    (mode) => {
      const { tsc, installed: items } = project()
      const unowned = tsc[mode].lines.filter(
        (line) => ![...items.values()].some((item) => ownsLine(item, mode, line)),
      )
      expect(unowned).toEqual([])
      // A crash that printed nothing would otherwise pass every per-package check.
      expect(tsc[mode].code === 0 || tsc[mode].lines.length > 0, 'tsc failed silently').toBe(true)
    },
  )
})

describe.each(packages)('$name from its tarball', (pkg) => {
  it('is installed as a copy, not a link into the workspace', () => {
    const item = installed(pkg.name)
    expect(lstatSync(item.installDir).isSymbolicLink()).toBe(false)
    expect(realpathSync(item.installDir).startsWith(rootDir)).toBe(false)
    expect(item.entries.map((entry) => entry.specifier)).toContain(pkg.name)
  })

  it('loads every entry with import (ESM)', () => {
    const item = installed(pkg.name)
    expect(probeProblems(item, item.esm)).toEqual([])
  })

  it('loads every entry with require (CJS), with the same export names as ESM', () => {
    const item = installed(pkg.name)
    expect(probeProblems(item, item.cjs)).toEqual([])
    const mismatched = item.entries
      .filter((entry) => entry.kind === 'js')
      .filter(
        (entry) =>
          JSON.stringify(item.cjs[entry.specifier]?.names) !==
          JSON.stringify(item.esm[entry.specifier]?.names),
      )
      .map(
        (entry) =>
          `${entry.specifier}: require gives [${item.cjs[entry.specifier]?.names}], import gives [${item.esm[entry.specifier]?.names}]`,
      )
    expect(mismatched).toEqual([])
  })

  it('gives the same default to require, import and import(require.resolve(name))', () => {
    const item = installed(pkg.name)
    expect(shapeProblems(item, item.esm, item.cjs)).toEqual([])
  })

  it.each(['node16', 'bundler'] as const)('type-checks with moduleResolution %s', (mode) => {
    const item = installed(pkg.name)
    const lines = project().tsc[mode].lines.filter((line) => ownsLine(item, mode, line))
    expect(lines).toEqual([])
  })
})

/**
 * The same ESM and CJS probes on the other Node majors users run. A binary
 * that cannot be had skips with its reason; it never fails the run.
 */
describe.each(extraNodeMajors.map((major) => ({ major })))('Node $major', ({ major }) => {
  let probes: Promise<{ binary: NodeBinary; run?: ProbeRun }> | undefined
  const probed = () => {
    probes ??= (async () => {
      const binaries = (await nodeBinaries) ?? []
      const binary = binaries.find((item) => item.major === major) ?? {
        major,
        available: false as const,
        reason: 'not requested',
      }
      if (!binary.available) return { binary }
      console.info(`Node ${major} probes run on v${binary.version} (${binary.bin})`)
      return { binary, run: await runProbes(project().dir, binary.bin) }
    })()
    return probes
  }

  it.for(packages)(
    'loads $name with import, require and import(require.resolve(name))',
    async (pkg, context) => {
      const item = installed(pkg.name)
      const { binary, run } = await probed()
      if (!binary.available || !run) {
        const reason = binary.available ? 'probes did not run' : binary.reason
        console.warn(`skipped Node ${major} probes: ${reason}`)
        context.skip(reason)
        return
      }
      expect(
        [
          ...probeProblems(item, run.esm),
          ...probeProblems(item, run.cjs),
          ...shapeProblems(item, run.esm, run.cjs),
        ],
        `Node ${binary.version}`,
      ).toEqual([])
    },
  )
})
