// The benchmarks measure the built package, as users get it.
import { existsSync } from 'node:fs'

const distUrl = new URL('../dist/index.js', import.meta.url)

/** `dist/index.js`'s exports; exits with a hint when the package is not built. */
export async function importBuilt(script) {
  if (!existsSync(distUrl)) {
    console.error(
      `${script}: dist/index.js is missing; run \`npm run build\` in packages/remark-notices first.`,
    )
    process.exit(1)
  }
  return import(distUrl.href)
}
