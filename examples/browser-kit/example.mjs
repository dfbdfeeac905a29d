import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from './build.mjs'
import { tipIdsIn } from './specs.mjs'

/**
 * @typedef ExampleSpec
 * @property {string | URL} root
 *   The example's folder (from its `test/`: `new URL('..', import.meta.url)`).
 * @property {string} output
 *   The folder its `build` script writes the site to, relative to `root`.
 * @property {Array<string>} inputs
 *   Its own files and folders the build reads, relative to `root` (the
 *   packages' builds are always inputs).
 * @property {string | undefined} [entry]
 *   A file the build writes, relative to `output`, whose age decides whether
 *   to rebuild (default: `index.html`).
 * @property {string | undefined} [artifacts]
 *   Where the screenshots go, relative to `root` (default: `artifacts`).
 */

/**
 * @typedef Example
 * @property {string} root
 *   The example's folder, absolute, with a trailing slash.
 * @property {string} directory
 *   The built site, served by the browser tests.
 * @property {string} artifacts
 *   Where the screenshots go.
 * @property {() => void} prepare
 *   Build the site unless its output is newer than its inputs.
 * @property {(path: string) => string} file
 *   The absolute path of a file of the example.
 * @property {(path: string) => Array<string>} tipIds
 *   The `::health-tip` ids a source file of the example embeds.
 */

/**
 * The facts of an example site that its tests share, resolved against its
 * folder: so a new example states only where its site is and what it is
 * built from.
 *
 * @param {ExampleSpec} spec
 * @returns {Example}
 */
export function defineExample(spec) {
  const root = fileURLToPath(new URL('./', spec.root))
  const file = (/** @type {string} */ path) => join(root, path)
  const directory = file(spec.output)
  return {
    root,
    directory,
    artifacts: file(spec.artifacts ?? 'artifacts'),
    prepare: () =>
      buildIfStale({
        cwd: root,
        output: join(directory, spec.entry ?? 'index.html'),
        inputs: spec.inputs.map(file),
      }),
    file,
    tipIds: (path) => tipIdsIn(file(path)),
  }
}
