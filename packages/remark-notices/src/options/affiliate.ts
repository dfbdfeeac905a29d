import { compileDisclosureTest } from '../affiliate/existing'
import { compileMatcher } from '../affiliate/match'
import { DEFAULT_REL } from '../affiliate/rel'
import type { Locale } from '../common/constants'
import { type LocaleTexts, localize } from '../common/i18n'
import type { AffiliateSettings } from './settings'
import type { AffiliateOptions } from './types'

// The resolver of the `affiliate` option (its schema is `affiliate-schema.ts`).
// Detection itself (network table, matching) stays in `affiliate/`; this file
// decides what each option means and compiles it once per `use()`.

/** Defaults applied and matchers compiled; `undefined` when `affiliate: false`. */
export function resolveAffiliate(
  options: AffiliateOptions | false | null | undefined,
  locale: Locale,
  texts: LocaleTexts,
): AffiliateSettings | undefined {
  if (options === false) return undefined
  const affiliate = options ?? {}
  return {
    match: compileMatcher(affiliate),
    isDisclosure: compileDisclosureTest(affiliate.existing),
    rel: affiliate.rel ?? DEFAULT_REL,
    position: affiliate.position ?? 'top',
    insert: affiliate.insert ?? true,
    text: localize(affiliate.text, texts.disclosure, locale, 'affiliate.text'),
    siteName: affiliate.siteName ?? undefined,
  }
}
