// Runs inside the temporary consumer project: loads each entry the way an
// ESM user does, with this file's own `import()`.
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { probeEntries } from './probe-entries.cjs'

const require = createRequire(import.meta.url)

await probeEntries({
  resolve: (specifier) => fileURLToPath(import.meta.resolve(specifier)),
  loadModule: async (specifier) => {
    const module = await import(specifier)
    // What `@next/mdx` does with a plugin given by name: find the file the
    // `require` condition picks, then `import()` that path.
    const viaPath = await import(pathToFileURL(require.resolve(specifier)).href)
    return {
      module,
      shape: {
        importDefault: typeof module.default,
        importResolvedPathDefault: typeof viaPath.default,
      },
    }
  },
  loadJson: async (specifier) => ({
    import: (await import(specifier, { with: { type: 'json' } })).default,
    require: require(specifier),
  }),
})
