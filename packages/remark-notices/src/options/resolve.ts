import type { GuidanceSet, HealthTip } from '@healthmark/schema'
import { compileClaims } from '../claims/compile'
import type { Locale } from '../common/constants'
import { didYouMean } from '../common/did-you-mean'
import { NoticeOptionsError, type OptionIssue, optionPath } from '../common/errors'
import { type LocaleTexts, localize, TEXTS } from '../common/i18n'
import { NOTICE_ALIASES, NOTICE_TYPES, OWN_TYPES } from '../common/notice-types'
import { resolveAffiliate } from './affiliate'
import { toOptionIssues } from './issues'
import { plainDataIssues } from './plain'
import { knownKeys, optionsSchema } from './schema'
import type {
  DirectiveSettings,
  DisclaimerSettings,
  ReviewSettings,
  Settings,
  TypeSpec,
} from './settings'
import type { Options, TypeOptions } from './types'

const BUILT_IN: ReadonlySet<string> = new Set(NOTICE_TYPES)
/**
 * Validate options, apply defaults and compile them: the one place options
 * are read. A new option is one entry in `schema.ts` and one resolver here.
 * @throws {NoticeOptionsError} naming each bad option and what was expected.
 */
export function resolveOptions(options: unknown): Settings {
  const [unsafe, ...moreUnsafe] = plainDataIssues(options)
  if (unsafe) throw new NoticeOptionsError([unsafe, ...moreUnsafe])
  const result = optionsSchema.safeParse(options ?? {}, { reportInput: true })
  if (!result.success) {
    const [first, ...others] = toOptionIssues(result.error.issues, knownKeys)
    // zod never fails without an issue; the fallback keeps the type honest.
    throw new NoticeOptionsError(
      first
        ? [first, ...others]
        : [{ path: [], expected: 'valid options', message: 'invalid options' }],
    )
  }
  const parsed: Options = result.data
  const locale = parsed.locale ?? 'en'
  const texts = TEXTS[locale]
  const { types, aliases } = resolveTypes(parsed.types ?? {}, locale, texts)
  return Object.freeze({
    locale,
    texts,
    icons: parsed.icons ?? true,
    types,
    aliases,
    disclaimer: resolveDisclaimer(parsed.disclaimer, locale, texts),
    tips: resolveTips(parsed.tips, locale),
    affiliate: resolveAffiliate(parsed.affiliate, locale, texts),
    directives: resolveDirectives(parsed.directives, types, aliases),
    review: resolveReview(parsed.review),
    jsonLd: parsed.jsonLd ?? false,
    claims: parsed.claims === false ? [] : compileClaims(toSets(parsed.tips), locale, ['tips']),
  })
}

function resolveTypes(
  options: Record<string, TypeOptions | null | undefined>,
  locale: Locale,
  texts: LocaleTexts,
): { types: Map<string, TypeSpec>; aliases: Map<string, string> } {
  const types = new Map<string, TypeSpec>()
  for (const type of NOTICE_TYPES) {
    types.set(type, { title: { value: texts.titles[type], custom: false }, icon: type })
  }
  const aliases = new Map<string, string>(Object.entries(NOTICE_ALIASES))

  for (const [name, custom] of Object.entries(options)) {
    const builtIn = types.get(name)
    types.set(name, {
      title: localize(
        custom?.title,
        builtIn?.title.value ?? titleCase(name),
        locale,
        optionPath(['types', name, 'title']),
      ),
      icon: custom?.icon ?? builtIn?.icon ?? 'note',
    })
    // A custom type wins over a built-in alias of the same name.
    aliases.delete(name)
    for (const alias of custom?.aliases ?? []) aliases.set(alias, name)
  }
  return { types, aliases }
}

/**
 * The `directives` option as the names to render or to skip. Skipping a type
 * skips its aliases too; a name that is neither a type nor an alias is an
 * error, since a typo would otherwise quietly render what was meant to be
 * left alone.
 * @throws {NoticeOptionsError} naming each unknown entry of `skip`.
 */
function resolveDirectives(
  option: Options['directives'],
  types: ReadonlyMap<string, TypeSpec>,
  aliases: ReadonlyMap<string, string>,
): DirectiveSettings {
  const withAliases = (names: ReadonlySet<string>) => {
    const result = new Set(names)
    for (const [alias, type] of aliases) if (names.has(type)) result.add(alias)
    return result
  }
  if (option === false) {
    const custom = [...types.keys()].filter((name) => !BUILT_IN.has(name))
    return { only: withAliases(new Set([...OWN_TYPES, ...custom])) }
  }
  const skip = (typeof option === 'object' && option?.skip) || []
  const known = [...types.keys(), ...aliases.keys()]
  const expected = `a callout type or alias (${known.join(', ')})`
  const issues: OptionIssue[] = skip.flatMap((name, index) =>
    types.has(name) || aliases.has(name)
      ? []
      : [
          {
            path: ['directives', 'skip', index],
            expected,
            message: `expected a callout type or alias, got ${JSON.stringify(name)}${didYouMean(name, known)}`,
          },
        ],
  )
  const [first, ...others] = issues
  if (first) throw new NoticeOptionsError([first, ...others])
  return { skip: withAliases(new Set(skip)) }
}

/** `contra-indication` → `Contra indication`. */
function titleCase(name: string): string {
  const words = name.replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function resolveDisclaimer(
  option: Options['disclaimer'],
  locale: Locale,
  texts: LocaleTexts,
): DisclaimerSettings {
  const disclaimer = option ?? false
  const object = typeof disclaimer === 'object' ? disclaimer : undefined
  const position = typeof disclaimer === 'string' ? disclaimer : (object?.position ?? 'top')
  return {
    insert: disclaimer === false ? false : position,
    position,
    text: localize(object?.text, texts.disclaimer, locale, 'disclaimer.text'),
  }
}

function resolveReview(review: Options['review']): ReviewSettings | undefined {
  if (!review) return undefined
  const options = review === true ? {} : review
  return {
    position: options.position ?? 'top',
    maxAgeMonths: options.maxAgeMonths ?? 12,
    missing: options.missing ?? true,
  }
}

function toSets(tips: Options['tips']): readonly GuidanceSet[] {
  return tips === null || tips === undefined
    ? []
    : Array.isArray(tips)
      ? tips
      : [tips as GuidanceSet]
}

/** Tips by id; sets in the processor's language win when ids repeat across sets. */
function resolveTips(tips: Options['tips'], locale: Locale): Map<string, HealthTip> {
  const sets = toSets(tips)
  const byLanguage = (set: GuidanceSet) => (set.locale.split('-')[0] === locale ? 0 : 1)
  const ordered = [...sets].sort((a, b) => byLanguage(a) - byLanguage(b))
  const result = new Map<string, HealthTip>()
  for (const set of ordered) {
    for (const tip of set.tips) if (!result.has(tip.id)) result.set(tip.id, tip)
  }
  return result
}
