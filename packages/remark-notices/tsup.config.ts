import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.shared'

/**
 * Appended to each CommonJS entry (`dist/index.cjs`, `dist/starlight.cjs`):
 * the entry *is* its function (the plugin, the Starlight plugin), with
 * `default` and every named export as properties. Node gives `module.exports`
 * as the default of a CommonJS file that is `import()`ed, and `@next/mdx`
 * loads plugin names that way (`import(require.resolve(name))`): an exports
 * object there is "not a function". `__esModule` comes along, so bundler
 * interop that picks `.default` gets the same function.
 */
const pluginIsTheModule = `
module.exports = Object.defineProperties(
  module.exports.default,
  Object.getOwnPropertyDescriptors(module.exports),
);`

// Declarations are built one entry at a time: a shared chunk of types would
// leave `index.d.cts` re-exporting the plugin from the chunk, and an imported
// function cannot carry the namespace that `export =` needs (scripts/cjs-types.mjs).
// `clean` is off because the three builds write to one folder; the build
// script empties `dist/` first.
export default defineConfig([
  {
    ...packageBuild,
    clean: false,
    dts: false,
    entry: ['src/index.ts', 'src/starlight.ts'],
    // Each CommonJS entry has a function as its default export: make it the module.
    footer: ({ format }) => (format === 'cjs' ? { js: pluginIsTheModule } : {}),
    // The stylesheet is plain CSS with no build step: ship it as written.
    async onSuccess() {
      await copyFile('src/styles.css', 'dist/styles.css')
    },
  },
  { ...packageBuild, clean: false, dts: { only: true }, entry: ['src/index.ts'] },
  { ...packageBuild, clean: false, dts: { only: true }, entry: ['src/starlight.ts'] },
])
