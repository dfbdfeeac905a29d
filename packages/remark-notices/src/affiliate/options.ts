import { z } from 'zod'
import { LOCALES, type Locale } from '../constants'
import { BUILT_IN_NETWORKS } from './networks'
import { normaliseHostOption } from './url'

/** Where the disclosure goes. */
export type AffiliatePosition = 'top' | 'before-first-link' | 'bottom' | 'both'

/**
 * A custom affiliate matcher:
 * - `'go.partner.example'`: that host or any subdomain of it; the network is
 *   named after the host;
 * - `/partner\.example\/ref\//`: tested against the full href; the network is
 *   named `custom`;
 * - `{ network, host }` / `{ network, pattern }`: the same with a name;
 * - `(url) => name | false`: called with the parsed `http(s)` URL; returns
 *   the network name, or `false` when the link is not an affiliate link.
 */
export type AffiliateMatcher =
  | string
  | RegExp
  | { network: string; host: string }
  | { network: string; pattern: RegExp }
  | ((url: URL) => string | false)

/** Options of the `affiliate` key (all optional). */
export interface AffiliateOptions {
  /**
   * Where to insert the disclosure (default: `'top'`, after the first heading
   * or first in the document). `'before-first-link'` puts it right before the
   * block with the first affiliate link; `'bottom'` at the end (and warns
   * `disclosure-after-links`); `'both'` at the top and at the end.
   */
  position?: AffiliatePosition | null | undefined
  /** Disclosure text as Markdown, one for all locales or one per locale (default: built-in text). */
  text?: string | Partial<Record<Locale, string>> | null | undefined
  /** Site name used in Amazon's statement ("As an Amazon Associate, SITE earns …"; default: "I earn …"). */
  siteName?: string | null | undefined
  /** `rel` tokens added to each affiliate link (default: `['sponsored', 'nofollow', 'noopener']`). */
  rel?: string[] | null | undefined
  /** Built-in networks to detect (default: all of them). */
  networks?: string[] | null | undefined
  /** Extra matchers, tried before the built-in networks (default: none). */
  matchers?: AffiliateMatcher[] | null | undefined
  /** Insert a disclosure when one is missing (default: `true`); `false` only checks and warns. */
  insert?: boolean | null | undefined
  /** Extra patterns that recognise a disclosure the author wrote (strings match case-insensitively). */
  existing?: Array<string | RegExp> | null | undefined
  /**
   * Hosts of link shorteners to warn about (`shortened-affiliate-link`; default:
   * {@link DEFAULT_SHORTENERS}); `false` turns the warning off.
   */
  shorteners?: string[] | false | null | undefined
}

const POSITIONS = ['top', 'before-first-link', 'bottom', 'both'] as const

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')

const hostSchema = (option: string) =>
  z
    .string({ error: `\`${option}\` entries must be host names such as 'go.example.com'` })
    .refine((host) => normaliseHostOption(host) !== undefined, {
      error: (issue) => `\`${option}\`: ${JSON.stringify(issue.input)} is not a host name`,
    })

const networkNameSchema = z
  .string({ error: 'a matcher `network` must be a string' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: (issue) =>
      `matcher network ${JSON.stringify(issue.input)} must be lowercase letters, digits, '.', '_' or '-'`,
  })

const regExpSchema = z.instanceof(RegExp)

const matcherFunctionSchema = z.custom<(url: URL) => string | false>(
  (value) => typeof value === 'function',
)

const matcherSchema = z.union(
  [
    hostSchema('matchers'),
    regExpSchema,
    z.strictObject({ network: networkNameSchema, host: hostSchema('matchers[].host') }),
    z.strictObject({ network: networkNameSchema, pattern: regExpSchema }),
    matcherFunctionSchema,
  ],
  {
    error:
      '`matchers` entries must be a host string, a RegExp, `{ network, host }`, `{ network, pattern }` or a function `(url: URL) => string | false`',
  },
)

const nonEmptyText = (option: string) =>
  z
    .string({ error: `\`${option}\` must be Markdown text` })
    .refine((value) => value.trim() !== '', { error: `\`${option}\` must not be empty` })

/** The options object itself (its output type is checked against {@link AffiliateOptions}). */
const affiliateObjectSchema: z.ZodType<AffiliateOptions> = z.strictObject({
  position: z
    .enum(POSITIONS, {
      error: (issue) =>
        `\`position\` must be one of ${list(POSITIONS)}, not ${JSON.stringify(issue.input)}`,
    })
    .nullish(),
  text: z
    .union([
      nonEmptyText('text'),
      z.partialRecord(
        z.enum(LOCALES, {
          error: (issue) =>
            `\`text\` keys must be locales (${list(LOCALES)}), not ${JSON.stringify(issue.input)}`,
        }),
        nonEmptyText('text[locale]'),
      ),
    ])
    .nullish(),
  siteName: z
    .string({ error: '`siteName` must be a string' })
    .refine((value) => value.trim() !== '' && !/[\r\n]/.test(value), {
      error: '`siteName` must be one non-empty line',
    })
    .nullish(),
  rel: z
    .array(
      z.string().regex(/^[^\s"'<>=]+$/, {
        error: (issue) =>
          `\`rel\` tokens must be single words such as 'sponsored', not ${JSON.stringify(issue.input)}`,
      }),
      { error: '`rel` must be an array of tokens such as `["sponsored", "nofollow"]`' },
    )
    .nullish(),
  networks: z
    .array(
      z.enum(BUILT_IN_NETWORKS, {
        error: (issue) =>
          `unknown affiliate network ${JSON.stringify(issue.input)} in \`networks\`; built-in networks are ${list(BUILT_IN_NETWORKS)} (add others with \`matchers\`)`,
      }),
      { error: '`networks` must be an array of built-in network names' },
    )
    .nullish(),
  matchers: z.array(matcherSchema, { error: '`matchers` must be an array' }).nullish(),
  insert: z.boolean({ error: '`insert` must be true or false' }).nullish(),
  existing: z
    .array(z.union([nonEmptyText('existing[]'), regExpSchema]), {
      error: '`existing` must be an array of strings or RegExps',
    })
    .nullish(),
  shorteners: z
    .union([z.literal(false), z.array(hostSchema('shorteners'))], {
      error: '`shorteners` must be an array of host names or `false`',
    })
    .nullish(),
})

/**
 * Validates the `affiliate` option; messages name the offending option.
 *
 * Not `z.union([z.literal(false), object])`: a zod union hides the object's
 * specific messages (`position` must be …) behind one generic union message.
 */
export const affiliateOptionSchema: z.ZodType<AffiliateOptions | false | undefined> = z
  .custom<AffiliateOptions | false | undefined>()
  .superRefine((value, context) => {
    if (value === false || value === undefined) return
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      context.addIssue({
        code: 'custom',
        message: `\`affiliate\` must be \`false\` or an options object, not ${JSON.stringify(value)}`,
      })
      return
    }
    const result = affiliateObjectSchema.safeParse(value)
    if (result.success) return
    for (const issue of result.error.issues) {
      context.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
  })
