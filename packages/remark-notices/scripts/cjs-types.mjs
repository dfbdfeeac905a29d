// Make the CommonJS declarations loadable by TypeScript's `node16` resolution.
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
const result = source
  .replace(
    /^import \{([^}]*)\} from ('[^']+');$/gm,
    `import type {$1} from $2 with { 'resolution-mode': 'import' };`,
  )
  .replace(/^declare module 'vfile' \{\n(?: {4}.*\n| {8}.*\n)*?\}\n/gm, '')

if (result.includes("declare module 'vfile'")) {
  throw new Error(
    'scripts/cjs-types.mjs: could not remove the vfile augmentation from dist/index.d.cts',
  )
}
await writeFile(path, result)
console.log('dist/index.d.cts: type-only imports, no ESM module augmentation')
