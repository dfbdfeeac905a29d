// Writes the JSON Schema (draft 2020-12) files shipped in dist/json-schema/,
// generated from the built zod schemas so the two can never drift apart.
import { mkdirSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { GuidanceSetSchema, HealthTipSchema } from '../dist/index.js'

const outDir = new URL('../dist/json-schema/', import.meta.url)
mkdirSync(outDir, { recursive: true })

const files = {
  'guidance-set.json': { schema: GuidanceSetSchema, id: 'guidance-set' },
  'health-tip.json': { schema: HealthTipSchema, id: 'health-tip' },
}

for (const [name, { schema, id }] of Object.entries(files)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', reused: 'inline' })
  json.$id = `https://unpkg.com/@healthmark/schema/dist/json-schema/${id}.json`
  writeFileSync(new URL(name, outDir), `${JSON.stringify(json, null, 2)}\n`)
}
console.log(`wrote ${Object.keys(files).length} JSON Schema files to dist/json-schema/`)
