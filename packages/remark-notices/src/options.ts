import { type GuidanceSet, GuidanceSetSchema, type HealthTip } from '@healthmark/schema'
import { z } from 'zod'
import { type AffiliateOptions, affiliateOptionSchema } from './affiliate'
import { type ClaimMatcher, compileClaims } from './claims/compile'
import { LOCALES, type Locale } from './constants'
import { NoticeOptionsError, toOptionIssues } from './errors'
import { type LocaleTexts, TEXTS } from './i18n'
import { NOTICE_ALIASES, NOTICE_TYPES, type NoticeType, TYPE_NAME } from './notice-types'
import type { ReviewSettings } from './review/review'

/** Text in one language for every locale, or per locale (missing ones fall back to `en`). */
export type LocalizedText = string | Partial<Record<Locale, string>>

/** A custom type, or changes to a built-in one. */
export interface TypeOptions {
  /** Title shown when the author writes none (default: built-in title, else the type name). */
  title?: LocalizedText | null | undefined
  /** Built-in type whose icon to show (default: the type's own, `note` for custom types). */
  icon?: NoticeType | null | undefined
  /** Other markers that mean this type, such as `['contra']`. */
  aliases?: string[] | null | undefined
}

/** Where and what the medical disclaimer is. */
export interface DisclaimerOptions {
  /** `'top'` (after the first heading; default) or `'bottom'`. */
  position?: 'top' | 'bottom' | null | undefined
  /** Markdown text (default: built-in text for the locale). */
  text?: LocalizedText | null | undefined
}

/** Configuration of `remarkNotices` (every field optional). */
export interface Options {
  /** Language of built-in titles and texts (default: `'en'`). */
  locale?: Locale | null | undefined
  /** Custom types and titles, keyed by lowercase type name (default: none). */
  types?: Record<string, TypeOptions | null | undefined> | null | undefined
  /** Whether callouts show an icon (default: `true`). */
  icons?: boolean | null | undefined
  /** Insert a medical disclaimer in every document (default: `false`). */
  disclaimer?: false | 'top' | 'bottom' | DisclaimerOptions | null | undefined
  /** Guidance sets whose tips `::health-tip{id="…"}` renders (default: none). */
  tips?: GuidanceSet | ReadonlyArray<GuidanceSet> | null | undefined
  /** Affiliate links and disclosure (default: on); `false` turns it off. */
  affiliate?: AffiliateOptions | false | null | undefined
  /** Review byline and the `stale-review`/`missing-review` rules (default: off). */
  review?: boolean | ReviewOptions | null | undefined
  /** The article's schema.org JSON-LD: on `file.data.healthmark.jsonLd`, and inserted with `'inline'` (default: `false`). */
  jsonLd?: false | 'data' | 'inline' | null | undefined
  /** `false` turns off `unsupported-claim`, which runs whenever `tips` carry claim patterns (default: on). */
  claims?: boolean | null | undefined
}

/** The `review` option as an object. */
export interface ReviewOptions {
  /** Where the byline goes: `'top'` (under the first heading; default) or `'bottom'`. */
  position?: 'top' | 'bottom' | null | undefined
  /** `stale-review` when the last review is older than this many months (default: `12`). */
  maxAgeMonths?: number | null | undefined
  /** `false` turns off `missing-review` (default: `true`). */
  missing?: boolean | null | undefined
}

/** A type after options are applied. */
export interface TypeSpec {
  /** Default title in the processor's locale. */
  title: string
  /** Which built-in icon to draw. */
  icon: NoticeType
}

/** Options after validation and defaults: one frozen object per `use()` call. */
export interface Settings {
  locale: Locale
  texts: LocaleTexts
  icons: boolean
  /** Every known type, built-in and custom. */
  types: ReadonlyMap<string, TypeSpec>
  /** Marker → type, for aliases. */
  aliases: ReadonlyMap<string, string>
  /** Where to put the disclaimer by default; `false` when off. */
  disclaimer: 'top' | 'bottom' | false
  /** Position used when front matter opts a document in. */
  disclaimerPosition: 'top' | 'bottom'
  /** Disclaimer Markdown in the processor's locale. */
  disclaimerText: string
  /** Tips by id. */
  tips: ReadonlyMap<string, HealthTip>
  affiliate: AffiliateOptions | false | undefined
  /** `undefined` when the review feature is off. */
  review: ReviewSettings | undefined
  jsonLd: false | 'data' | 'inline'
  /** Tips with claim patterns in the locale; empty when `claims: false`. */
  claims: readonly ClaimMatcher[]
}

const localeSchema = z.enum(LOCALES, { error: 'expected one of "en", "de", "es", "fr"' })

const textSchema = z
  .string({ error: 'expected Markdown text' })
  .min(1, { error: 'must not be empty' })

const localizedTextSchema = z.union([textSchema, z.partialRecord(localeSchema, textSchema)], {
  error: 'expected a string or an object of strings by locale ("en", "de", "es", "fr")',
})

const typeNameSchema = z.string().regex(TYPE_NAME, {
  error: 'expected a lowercase type name such as "contraindication"',
})

const typeOptionsSchema = z.strictObject(
  {
    title: localizedTextSchema.nullish(),
    icon: z
      .enum(NOTICE_TYPES, { error: `expected a built-in type: ${NOTICE_TYPES.join(', ')}` })
      .nullish(),
    aliases: z.array(typeNameSchema, { error: 'expected an array of type names' }).nullish(),
  },
  { error: 'expected an object { title, icon, aliases }' },
)

const positionSchema = z.enum(['top', 'bottom'], { error: 'expected "top" or "bottom"' })

const disclaimerSchema = z.union(
  [
    z.literal(false),
    positionSchema,
    z.strictObject({ position: positionSchema.nullish(), text: localizedTextSchema.nullish() }),
  ],
  { error: 'expected false, "top", "bottom" or { position, text }' },
)

const tipsSchema = z.union([GuidanceSetSchema, z.array(GuidanceSetSchema)], {
  error: 'expected a guidance set or an array of guidance sets',
})

const reviewSchema = z.union(
  [
    z.boolean(),
    z.strictObject({
      position: positionSchema.nullish(),
      maxAgeMonths: z
        .int({ error: 'expected a whole number of months' })
        .min(1, { error: 'expected at least 1 month' })
        .max(120, { error: 'expected at most 120 months' })
        .nullish(),
      missing: z.boolean({ error: 'expected a boolean' }).nullish(),
    }),
  ],
  { error: 'expected a boolean or { position, maxAgeMonths, missing }' },
)

const optionsSchema = z.strictObject(
  {
    locale: localeSchema.nullish(),
    types: z
      .record(typeNameSchema, typeOptionsSchema.nullish(), {
        error: 'expected an object of type options by type name',
      })
      .nullish(),
    icons: z.boolean({ error: 'expected a boolean' }).nullish(),
    disclaimer: disclaimerSchema.nullish(),
    tips: tipsSchema.nullish(),
    affiliate: affiliateOptionSchema.nullish(),
    review: reviewSchema.nullish(),
    jsonLd: z
      .union([z.literal(false), z.enum(['data', 'inline'])], {
        error: 'expected false, "data" or "inline"',
      })
      .nullish(),
    claims: z.boolean({ error: 'expected a boolean' }).nullish(),
  },
  { error: 'expected an options object' },
)

/**
 * Validate options and apply defaults.
 * @throws {NoticeOptionsError} naming each bad option and what was expected.
 */
export function resolveOptions(options: unknown): Settings {
  const result = optionsSchema.safeParse(options ?? {}, { reportInput: true })
  if (!result.success) throw new NoticeOptionsError(toOptionIssues(result.error.issues))
  const parsed = result.data
  const locale = parsed.locale ?? 'en'
  const texts = TEXTS[locale]
  const { types, aliases } = resolveTypes(parsed.types ?? {}, locale, texts)
  const disclaimer = parsed.disclaimer ?? false
  const disclaimerOptions = typeof disclaimer === 'object' ? disclaimer : undefined
  const position =
    typeof disclaimer === 'string' ? disclaimer : (disclaimerOptions?.position ?? 'top')

  return Object.freeze({
    locale,
    texts,
    icons: parsed.icons ?? true,
    types,
    aliases,
    disclaimer: disclaimer === false ? false : position,
    disclaimerPosition: position,
    disclaimerText: pickText(disclaimerOptions?.text, locale) ?? texts.disclaimer,
    tips: collectTips(parsed.tips, locale),
    affiliate: parsed.affiliate ?? undefined,
    review: resolveReview(parsed.review),
    jsonLd: parsed.jsonLd ?? false,
    claims: parsed.claims === false ? [] : compileClaims(toSets(parsed.tips), locale, ['tips']),
  })
}

/** The text for `locale` from a localized option: its own, then `en`, then any. */
export function pickText(
  text: LocalizedText | null | undefined,
  locale: Locale,
): string | undefined {
  if (text === null || text === undefined) return undefined
  if (typeof text === 'string') return text
  return text[locale] ?? text.en ?? Object.values(text).find((value) => value !== undefined)
}

function resolveTypes(
  options: Record<string, TypeOptions | null | undefined>,
  locale: Locale,
  texts: LocaleTexts,
): { types: Map<string, TypeSpec>; aliases: Map<string, string> } {
  const types = new Map<string, TypeSpec>()
  for (const type of NOTICE_TYPES) types.set(type, { title: texts.titles[type], icon: type })
  const aliases = new Map<string, string>(Object.entries(NOTICE_ALIASES))

  for (const [name, custom] of Object.entries(options)) {
    const builtIn = types.get(name)
    types.set(name, {
      title: pickText(custom?.title, locale) ?? builtIn?.title ?? titleCase(name),
      icon: custom?.icon ?? builtIn?.icon ?? 'note',
    })
    // A custom type wins over a built-in alias of the same name.
    aliases.delete(name)
    for (const alias of custom?.aliases ?? []) aliases.set(alias, name)
  }
  return { types, aliases }
}

/** `contra-indication` → `Contra indication`. */
function titleCase(name: string): string {
  const words = name.replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function resolveReview(
  review: boolean | ReviewOptions | null | undefined,
): ReviewSettings | undefined {
  if (!review) return undefined
  const options = review === true ? {} : review
  return {
    position: options.position ?? 'top',
    maxAgeMonths: options.maxAgeMonths ?? 12,
    missing: options.missing ?? true,
  }
}

function toSets(tips: GuidanceSet | GuidanceSet[] | null | undefined): GuidanceSet[] {
  return tips === null || tips === undefined ? [] : Array.isArray(tips) ? tips : [tips]
}

/** Tips by id; sets in the processor's language win when ids repeat across sets. */
function collectTips(
  tips: GuidanceSet | GuidanceSet[] | null | undefined,
  locale: Locale,
): Map<string, HealthTip> {
  const sets = toSets(tips)
  const byLanguage = (set: GuidanceSet) => (set.locale.split('-')[0] === locale ? 0 : 1)
  const ordered = [...sets].sort((a, b) => byLanguage(a) - byLanguage(b))
  const result = new Map<string, HealthTip>()
  for (const set of ordered) {
    for (const tip of set.tips) if (!result.has(tip.id)) result.set(tip.id, tip)
  }
  return result
}
