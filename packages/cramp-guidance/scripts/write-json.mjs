// Second half of `npm run build`, after tsup: validates every shipped guidance
// set with `parseGuidanceSet` and writes it to dist/<locale>.json for
// consumers that do not run JavaScript. It reads the sets from the built
// per-locale entries, so what is validated is exactly what is published.
// Each set is validated twice: as shipped, and with its review added
// (`withCitations` from the citations entry), so the schema's citation rules
// hold too. Any problem (a schema error, a source without its access date, a
// wrong locale, ids that differ from `en`) fails the build with a message
// naming the file and the problem.
import { writeFileSync } from 'node:fs'
import { parseGuidanceSet } from '@healthmark/schema'

const dist = new URL('../dist/', import.meta.url)

/** `ids` of `items` that are not in `reference`, as a readable list. */
function missing(items, reference) {
  const known = new Set(reference.map((item) => item.id))
  return items.filter((item) => !known.has(item.id)).map((item) => item.id)
}

/** Every locale is a translation of `en`: same tips and red flags, same order. */
function assertSameIds(set, en) {
  for (const field of ['tips', 'redFlags']) {
    const ids = set[field].map((item) => item.id).join(',')
    const expected = en[field].map((item) => item.id).join(',')
    if (ids !== expected) {
      const extra = missing(set[field], en[field])
      const absent = missing(en[field], set[field])
      throw new Error(
        `data/${set.locale}.json: \`${field}\` ids differ from data/en.json (only in ${set.locale}: ${extra.join(', ') || 'none'}; only in en: ${absent.join(', ') || 'none'}; or a different order)`,
      )
    }
  }
}

/** Every source of the dataset records when it was checked (the schema leaves it optional). */
function assertAccessed(set) {
  const sources = [
    ...set.tips.flatMap((t) => t.evidence.sources),
    ...set.redFlags.flatMap((f) => f.sources),
  ]
  const missing = [...new Set(sources.filter((s) => s.accessed === undefined).map((s) => s.id))]
  if (missing.length > 0) {
    throw new Error(`data/sources.json: \`accessed\` is missing for ${missing.join(', ')}`)
  }
}

async function main() {
  const { availableLocales } = await import(new URL('index.js', dist).href)
  const { withCitations } = await import(new URL('citations.js', dist).href)
  let en
  for (const locale of availableLocales) {
    const entry = await import(new URL(`${locale}.js`, dist).href)
    let set
    try {
      set = parseGuidanceSet(entry.default)
      parseGuidanceSet(withCitations(entry.default))
    } catch (error) {
      throw new Error(
        `data/${locale}.json or data/citations/${locale}.json is not a valid guidance set:\n${error.message}`,
      )
    }
    assertAccessed(set)
    if (set.locale !== locale) {
      throw new Error(`data/${locale}.json: \`locale\` is "${set.locale}", expected "${locale}"`)
    }
    if (locale === 'en') en = set
    else assertSameIds(set, en)
    // Compact JSON: this file is for machines, and size counts (see bench/size.mjs).
    writeFileSync(new URL(`${locale}.json`, dist), JSON.stringify(set))
    console.log(
      `dist/${locale}.json: ${set.tips.length} tips, ${set.redFlags.length} red flags, valid`,
    )
  }
}

main().catch((error) => {
  console.error(`cramp-guidance build failed:\n${error.message}`)
  process.exitCode = 1
})
