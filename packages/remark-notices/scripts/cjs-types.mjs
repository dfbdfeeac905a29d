// Post-build step for the CommonJS declarations (`dist/*.d.cts`).
//
// unified, vfile and hast-util-sanitize are ESM-only. A `.d.cts` file may
// refer to their types only through type-only imports (else TS1479), and it
// cannot augment them at all, so in every `dist/*.d.cts` (the entries and the
// chunk of types they share):
// - every `import { … } from 'x'` of a package becomes a type-only import
//   that resolves as ESM: `import type { … } from 'x' with { 'resolution-mode': 'import' }`
//   (TypeScript 5.3+); bare `import 'x'` lines, which declare nothing, go;
// - the `declare module 'vfile'` augmentations (typed `file.data.affiliate`
//   and `file.data.healthmark`) are left out; CommonJS users can cast with the
//   exported `AffiliateReport` and `HealthmarkData`;
// - an entry whose default export is a function is described as what the
//   CommonJS build makes of it (see tsup.config.ts): `export =` that function,
//   with a namespace of every other export merged into it.
import { readdir, readFile, writeFile } from 'node:fs/promises'

const dist = new URL('../dist/', import.meta.url)
const files = (await readdir(dist)).filter((name) => name.endsWith('.d.cts'))
const exportList = /^export \{([^}]*)\};\n?/m

for (const name of files) {
  const path = new URL(name, dist)
  const source = await readFile(path, 'utf8')
  let result = source
    .replace(
      /^import \{([^}]*)\} from ('[^'.][^']*');$/gm,
      `import type {$1} from $2 with { 'resolution-mode': 'import' };`,
    )
    .replace(/^import '[^'.][^']*';\n/gm, '')
    .replace(/^declare module 'vfile' \{\n(?: {4}.*\n| {8}.*\n)*?\}\n/gm, '')
  if (result.includes("declare module 'vfile'")) {
    throw new Error(
      `scripts/cjs-types.mjs: could not remove the vfile augmentation from dist/${name}`,
    )
  }
  const list = result.match(exportList)?.[1]
  const plugin = list?.match(/(?:^|,)\s*(\w+) as default\s*(?:,|$)/)?.[1]
  if (list && plugin && new RegExp(`^declare function ${plugin}\\b`, 'm').test(result)) {
    // Inside a namespace every export is a value or a type by what it names;
    // the `type` modifier is for module export lists only.
    const names = list
      .split(',')
      .map((entry) => entry.trim().replace(/^type /, ''))
      .filter(Boolean)
    result = result.replace(
      exportList,
      `declare namespace ${plugin} {\n    export { ${names.join(', ')} };\n}\nexport = ${plugin};\n`,
    )
  }
  await writeFile(path, result)
}
if (!files.includes('index.d.cts')) {
  throw new Error('scripts/cjs-types.mjs: dist/index.d.cts is missing: run tsup first')
}
console.log(
  `${files.join(', ')}: type-only imports, no ESM module augmentation, export = for plugin entries`,
)
