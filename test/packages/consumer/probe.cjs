// Runs inside the temporary consumer project: loads each entry the way a
// CommonJS user does and prints what it found as JSON, for the test to judge.
const { readFileSync } = require('node:fs')

const entries = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const results = {}

for (const { specifier, kind } of entries) {
  try {
    const resolved = require.resolve(specifier)
    if (kind === 'js') {
      const module = require(specifier)
      results[specifier] = {
        resolved,
        // `__esModule` is the interop marker bundlers add, not part of the API.
        names: Object.keys(module)
          .filter((name) => name !== '__esModule')
          .sort(),
        defaultIsUndefined: 'default' in module && module.default === undefined,
        shape: {
          require: typeof module,
          requireDefault: typeof module.default,
          requireDefaultIsItself: module.default === module,
        },
      }
    } else if (kind === 'json') {
      const onDisk = JSON.parse(readFileSync(resolved, 'utf8'))
      results[specifier] = {
        resolved,
        requireMatchesFile: JSON.stringify(require(specifier)) === JSON.stringify(onDisk),
      }
    } else {
      results[specifier] = { resolved }
    }
  } catch (error) {
    results[specifier] = { error: String(error?.stack ?? error) }
  }
}

process.stdout.write(JSON.stringify(results))
