// Make the CommonJS declarations describe the CommonJS entry and load under
// TypeScript's `node16` resolution.
//
// The entry is the plugin function with every export as a property (see
// tsup.config.ts), so the declarations say `export =` of the function,
// merged with a namespace that holds the named exports and `default`.
//
// unified, vfile and hast-util-sanitize are ESM-only. A `.d.cts` file may
// refer to their types only through type-only imports (else TS1479), and it
// cannot augment them at all, so:
// - every `import { … } from 'x'` becomes a type-only import that resolves
//   as ESM: `import type { … } from 'x' with { 'resolution-mode': 'import' }`
//   (TypeScript 5.3+);
// - the `declare module 'vfile'` augmentations (typed `file.data.affiliate`
//   and `file.data.healthmark`) are left out; CommonJS users can cast with the
//   exported `AffiliateReport` and `HealthmarkData`.
import { readFile, writeFile } from 'node:fs/promises'

const path = new URL('../dist/index.d.cts', import.meta.url)
const source = await readFile(path, 'utf8')

const exportList = /^export \{([^}]*)\};\n?/m
const list = source.match(exportList)?.[1]
const plugin = list?.match(/(?:^|,)\s*(\w+) as default\s*(?:,|$)/)?.[1]
if (!list || !plugin) {
  throw new Error(
    'scripts/cjs-types.mjs: dist/index.d.cts has no `export { … }` list with a default export',
  )
}
// Inside a namespace every export is a value or a type by what it names; the
// `type` modifier is for module export lists only.
const names = list
  .split(',')
  .map((name) => name.trim().replace(/^type /, ''))
  .filter(Boolean)

const result = source
  .replace(
    /^import \{([^}]*)\} from ('[^']+');$/gm,
    `import type {$1} from $2 with { 'resolution-mode': 'import' };`,
  )
  .replace(/^declare module 'vfile' \{\n(?: {4}.*\n| {8}.*\n)*?\}\n/gm, '')
  .replace(
    exportList,
    `declare namespace ${plugin} {\n    export { ${names.join(', ')} };\n}\nexport = ${plugin};\n`,
  )

if (result.includes("declare module 'vfile'")) {
  throw new Error(
    'scripts/cjs-types.mjs: could not remove the vfile augmentation from dist/index.d.cts',
  )
}
await writeFile(path, result)
console.log(
  `dist/index.d.cts: export = ${plugin} with a namespace of its exports; type-only imports, no ESM module augmentation`,
)
