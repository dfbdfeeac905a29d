import { existsSync, readFileSync } from 'node:fs'
import type { GuidanceSet } from '@healthmark/schema'

/** The package folder, as a file URL ending in `/`. */
export const packageRoot = new URL('../', import.meta.url)

/** A file of this package, read as UTF-8. */
export function readPackageFile(path: string): string {
  return readFileSync(new URL(path, packageRoot), 'utf8')
}

/**
 * A shipped file in dist/ (what `npm run build` wrote), with a clear message
 * when the package has not been built yet.
 */
export function readDist(name: string): string {
  const file = new URL(`dist/${name}`, packageRoot)
  if (!existsSync(file)) {
    throw new Error(`dist/${name} is missing: run \`npm run build\` in packages/cramp-guidance`)
  }
  return readFileSync(file, 'utf8')
}

/** A shipped `dist/<locale>.json` guidance set. */
export function readDistSet(locale: string): GuidanceSet {
  return JSON.parse(readDist(`${locale}.json`)) as GuidanceSet
}

/** The research notes, in the shared folder: the evidence and the only citable sources. */
export const researchNotes = 'research/health.md'

/** The seed article, in the shared folder: its wording must not be reused. */
export const seedArticle = 'seed/leg-cramps-article.txt'

/**
 * Every reader-facing text of a set: titles, summaries, bodies, red flags,
 * disclaimer. (The reviewer's notes and `says` lines are not rendered.)
 */
export function readerTexts(set: GuidanceSet): string[] {
  return [
    set.title,
    set.disclaimer,
    ...set.tips.flatMap((tip) => [tip.title, tip.summary, tip.body]),
    ...set.redFlags.flatMap((flag) => [flag.symptom, flag.action]),
  ]
}
