// Runs inside the temporary consumer project: loads each entry the way an
// ESM user does and prints what it found as JSON, for the test to judge.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const entries = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const results = {}

for (const { specifier, kind } of entries) {
  try {
    const resolved = fileURLToPath(import.meta.resolve(specifier))
    if (kind === 'js') {
      const module = await import(specifier)
      // What `@next/mdx` does with a plugin given by name: find the file the
      // `require` condition picks, then `import()` that path.
      const viaPath = await import(pathToFileURL(require.resolve(specifier)).href)
      results[specifier] = {
        resolved,
        names: Object.keys(module).sort(),
        defaultIsUndefined: 'default' in module && module.default === undefined,
        shape: {
          importDefault: typeof module.default,
          importResolvedPathDefault: typeof viaPath.default,
        },
      }
    } else if (kind === 'json') {
      const onDisk = JSON.parse(readFileSync(resolved, 'utf8'))
      const imported = (await import(specifier, { with: { type: 'json' } })).default
      results[specifier] = {
        resolved,
        importMatchesFile: JSON.stringify(imported) === JSON.stringify(onDisk),
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
