// What `probe.cjs` and `probe.mjs` share: the loop over the entries and the
// facts recorded about each. CommonJS, so that both module systems can load
// it; each probe passes in how its own module system resolves and loads an
// entry, so every entry is still loaded from the probe that names it.
const { readFileSync } = require('node:fs')

/**
 * @typedef Loader
 * @property {(specifier: string) => string} resolve
 *   The file the entry resolves to.
 * @property {(specifier: string) => Promise<{module: Record<string, unknown>, shape: Record<string, unknown>}>} loadModule
 *   The loaded module, and the probe's own facts about its shape.
 * @property {(specifier: string) => Promise<Record<string, unknown>>} loadJson
 *   The JSON entry's value by each way the probe loads it (`require`, `import`).
 * @property {Array<string> | undefined} [hiddenNames]
 *   Names that are no part of the API.
 */

/**
 * Load every entry listed in the file named on the command line and print
 * what was found as JSON, for the test to judge.
 *
 * @param {Loader} loader
 */
async function probeEntries(loader) {
  const entries = JSON.parse(readFileSync(process.argv[2], 'utf8'))
  const hidden = new Set(loader.hiddenNames ?? [])
  /** @type {Record<string, unknown>} */
  const results = {}

  for (const { specifier, kind } of entries) {
    try {
      const resolved = loader.resolve(specifier)
      if (kind === 'js') {
        const { module, shape } = await loader.loadModule(specifier)
        results[specifier] = {
          resolved,
          names: Object.keys(module)
            .filter((name) => !hidden.has(name))
            .sort(),
          defaultIsUndefined: 'default' in module && module.default === undefined,
          shape,
        }
      } else if (kind === 'json') {
        const onDisk = JSON.stringify(JSON.parse(readFileSync(resolved, 'utf8')))
        /** @type {Record<string, unknown>} */
        const result = { resolved }
        for (const [how, value] of Object.entries(await loader.loadJson(specifier))) {
          result[`${how}MatchesFile`] = JSON.stringify(value) === onDisk
        }
        results[specifier] = result
      } else {
        results[specifier] = { resolved }
      }
    } catch (error) {
      results[specifier] = { error: String(/** @type {Error} */ (error)?.stack ?? error) }
    }
  }

  process.stdout.write(JSON.stringify(results))
}

module.exports = { probeEntries }
