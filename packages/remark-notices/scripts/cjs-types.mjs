// Make the CommonJS declarations loadable by TypeScript's `node16` resolution.
//
// unified, vfile and hast-util-sanitize are ESM-only. A `.d.cts` file may
// refer to their types only through type-only imports (else TS1479), and it
// cannot augment them at all, so in every `dist/*.d.cts` (the entries and the
// chunk of types they share):
// - every `import { … } from 'x'` of a package becomes a type-only import
//   that resolves as ESM: `import type { … } from 'x' with { 'resolution-mode': 'import' }`
//   (TypeScript 5.3+); bare `import 'x'` lines, which declare nothing, go;
// - the `declare module 'vfile'` augmentation (typed `file.data.affiliate`)
//   is left out; CommonJS users can cast with the exported `AffiliateReport`.
import { readdir, readFile, writeFile } from 'node:fs/promises'

const dist = new URL('../dist/', import.meta.url)
const files = (await readdir(dist)).filter((name) => name.endsWith('.d.cts'))
for (const name of files) {
  const path = new URL(name, dist)
  const source = await readFile(path, 'utf8')
  const result = source
    .replace(
      /^import \{([^}]*)\} from ('[^'.][^']*');$/gm,
      `import type {$1} from $2 with { 'resolution-mode': 'import' };`,
    )
    .replace(/^import '[^'.][^']*';\n/gm, '')
    .replace(/^declare module 'vfile' \{\n(?: {4}.*\n| {8}.*\n)*?\}\n/m, '')
  if (result.includes("declare module 'vfile'")) {
    throw new Error(
      `scripts/cjs-types.mjs: could not remove the vfile augmentation from dist/${name}`,
    )
  }
  await writeFile(path, result)
}
console.log(`${files.join(', ')}: type-only imports, no ESM module augmentation`)
