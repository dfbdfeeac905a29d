import { readFileSync } from 'node:fs'

// Relative static imports of built ESM (`import{a}from"./chunk-X.js"`,
// `import "./chunk-Y.js"`, `export*from"./x.js"`). tsup's output has no
// dynamic imports, so these are all the files an entry loads.
const relativeImport = /(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g

/**
 * The files a built ESM entry loads: the entry itself and every chunk it
 * imports, directly or through other chunks, in first-seen order.
 *
 * @param {URL} entry file URL of the entry, such as `dist/en.js`
 * @returns {URL[]}
 */
export function entryClosure(entry) {
  const seen = new Map([[entry.href, entry]])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const match of readFileSync(file, 'utf8').matchAll(relativeImport)) {
      const next = new URL(match[1], file)
      if (!seen.has(next.href)) {
        seen.set(next.href, next)
        queue.push(next)
      }
    }
  }
  return [...seen.values()]
}
