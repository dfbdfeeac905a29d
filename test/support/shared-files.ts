import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { it } from 'vitest'

/**
 * Some tests check the repository against reference material that is not part
 * of it: the research notes and the seed article, in the `shared/` folder
 * beside the repository. A package whose tests read such a file lists it in
 * the `inputs` of its turbo.json `test` task, so a change to it reruns them.
 *
 * Where a file is absent, CI must not pass by skipping: with `CI` set the
 * test fails and names the file. Locally the test is skipped, with the reason
 * in its name and one warning per missing file.
 */
const sharedRoot = new URL('../../../shared/', import.meta.url)

export interface SharedFile {
  path: string
  /** `run` when the file is there; else `fail` in CI and `skip` elsewhere. */
  action: 'run' | 'fail' | 'skip'
  /** Why it does not run, for the test's name or error. */
  reason?: string
}

/** Where `shared/<file>` is and what a test that reads it does (`root`: another folder, for tests). */
export function locateSharedFile(
  file: string,
  env: Record<string, string | undefined> = process.env,
  root: URL = sharedRoot,
): SharedFile {
  const path = fileURLToPath(new URL(file, root))
  if (existsSync(path)) return { path, action: 'run' }
  const inCi = env.CI !== undefined && !['', '0', 'false'].includes(env.CI)
  return {
    path,
    action: inCi ? 'fail' : 'skip',
    reason: `shared/${file} is missing beside the repository`,
  }
}

const warned = new Set<string>()

/**
 * Declares a test that reads `shared/<file>` (for example
 * `research/health.md`) and receives its text.
 */
export function itWithSharedFile(
  name: string,
  file: string,
  test: (text: string) => void | Promise<void>,
): void {
  const shared = locateSharedFile(file)
  if (shared.action === 'run') {
    it(name, () => test(readFileSync(shared.path, 'utf8')))
  } else if (shared.action === 'fail') {
    it(name, () => {
      throw new Error(`${shared.reason}: CI must run this test, so it fails instead of skipping`)
    })
  } else {
    if (!warned.has(file)) {
      warned.add(file)
      console.warn(`skipping the tests that read shared/${file}: ${shared.reason}`)
    }
    it.skip(`${name} (skipped: ${shared.reason})`, () => {})
  }
}
