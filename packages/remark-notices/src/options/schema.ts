import { GuidanceSetSchema } from '@healthmark/schema'
import { z } from 'zod'
import { LOCALES } from '../common/constants'
import { NOTICE_TYPES, TYPE_NAME } from '../common/notice-types'
import { affiliateKeys, affiliateSchema } from './affiliate-schema'

// One entry per option. Messages say what is expected; the value found is
// appended when the options are read (see `issues.ts`).

export const localeSchema = z.enum(LOCALES, { error: 'expected one of "en", "de", "es", "fr"' })

const textSchema = z
  .string({ error: 'expected Markdown text' })
  .refine((value) => value.trim() !== '', { error: 'expected Markdown text, not an empty string' })

/** One string for every locale, or one per locale. */
export const localizedTextSchema = z.union(
  [textSchema, z.partialRecord(localeSchema, textSchema)],
  { error: 'expected a string or an object of strings by locale ("en", "de", "es", "fr")' },
)

const typeNameSchema = z.string().regex(TYPE_NAME, {
  error: 'expected a lowercase type name such as "contraindication"',
})

const typeOptionsShape = {
  title: localizedTextSchema.nullish(),
  icon: z
    .enum(NOTICE_TYPES, { error: `expected a built-in type: ${NOTICE_TYPES.join(', ')}` })
    .nullish(),
  aliases: z.array(typeNameSchema, { error: 'expected an array of type names' }).nullish(),
}

const positionSchema = z.enum(['top', 'bottom'], { error: 'expected "top" or "bottom"' })

const disclaimerShape = { position: positionSchema.nullish(), text: localizedTextSchema.nullish() }

const reviewShape = {
  position: positionSchema.nullish(),
  maxAgeMonths: z
    .int({ error: 'expected a whole number of months' })
    .min(1, { error: 'expected at least 1 month' })
    .max(120, { error: 'expected at most 120 months' })
    .nullish(),
  missing: z.boolean({ error: 'expected a boolean' }).nullish(),
}

const directivesShape = {
  skip: z.array(typeNameSchema, { error: 'expected an array of type names' }).nullish(),
}

const tipsSchema = z.union([GuidanceSetSchema, z.array(GuidanceSetSchema)], {
  error: 'expected a guidance set or an array of guidance sets',
})

const optionsShape = {
  locale: localeSchema.nullish(),
  types: z
    .record(
      typeNameSchema,
      z
        .strictObject(typeOptionsShape, { error: 'expected an object { title, icon, aliases }' })
        .nullish(),
      { error: 'expected an object of type options by type name' },
    )
    .superRefine(refuseShadowingAliases)
    .nullish(),
  icons: z.boolean({ error: 'expected a boolean' }).nullish(),
  disclaimer: z
    .union([z.literal(false), positionSchema, z.strictObject(disclaimerShape)], {
      error: 'expected false, "top", "bottom" or { position, text }',
    })
    .nullish(),
  tips: tipsSchema.nullish(),
  affiliate: affiliateSchema.nullish(),
  directives: z
    .union([z.boolean(), z.strictObject(directivesShape)], {
      error: 'expected true, false or { skip: [names] }',
    })
    .nullish(),
  review: z
    .union([z.boolean(), z.strictObject(reviewShape)], {
      error: 'expected a boolean or { position, maxAgeMonths, missing }',
    })
    .nullish(),
  jsonLd: z
    .union([z.literal(false), z.enum(['data', 'inline'])], {
      error: 'expected false, "data" or "inline"',
    })
    .nullish(),
  claims: z.boolean({ error: 'expected a boolean' }).nullish(),
}

const BUILT_IN_TYPES: ReadonlySet<string> = new Set(NOTICE_TYPES)

/**
 * An alias that is also a type name would take markers away from that type
 * (`[!warning]` silently becoming another type), so it is refused.
 */
function refuseShadowingAliases(
  types: Record<string, z.infer<z.ZodObject<typeof typeOptionsShape>> | null | undefined>,
  context: z.RefinementCtx,
): void {
  for (const [name, options] of Object.entries(types)) {
    for (const [index, alias] of (options?.aliases ?? []).entries()) {
      const shadowed = BUILT_IN_TYPES.has(alias)
        ? 'a built-in type'
        : alias in types
          ? 'a type of `types`'
          : ''
      if (shadowed === '') continue
      context.addIssue({
        code: 'custom',
        path: [name, 'aliases', index],
        message: `expected an alias that is not ${shadowed}`,
        input: alias,
      })
    }
  }
}

/** The whole options object. */
export const optionsSchema = z.strictObject(optionsShape, { error: 'expected an options object' })

/**
 * The keys an object at `path` may have, so an unknown key reads the same at
 * every depth and can say which one was meant.
 */
export function knownKeys(path: ReadonlyArray<PropertyKey>): readonly string[] {
  const [first, second] = path
  if (path.length === 0) return Object.keys(optionsShape)
  if (path.length === 1 && first === 'disclaimer') return Object.keys(disclaimerShape)
  if (path.length === 1 && first === 'review') return Object.keys(reviewShape)
  if (path.length === 1 && first === 'affiliate') return affiliateKeys
  if (path.length === 1 && first === 'directives') return Object.keys(directivesShape)
  if (path.length === 2 && first === 'types') return Object.keys(typeOptionsShape)
  if (path.length === 3 && first === 'affiliate' && second === 'matchers') {
    return ['network', 'host', 'pattern']
  }
  return []
}
