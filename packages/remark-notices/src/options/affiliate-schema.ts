import isSafeRegex from 'safe-regex2'
import { z } from 'zod'
import { BUILT_IN_NETWORKS } from '../affiliate/networks'
import { normaliseHostOption } from '../affiliate/url'
import { LOCALES } from '../common/constants'
import type { AffiliateOptions } from './types'

// The schema of the `affiliate` option; `affiliate.ts` resolves it.

const POSITIONS = ['top', 'before-first-link', 'bottom', 'both'] as const

const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ')

const hostSchema = z
  .string({ error: 'expected a host name such as "go.example.com"' })
  .refine((host) => normaliseHostOption(host) !== undefined, {
    error: 'expected a host name such as "go.example.com"',
  })
  // `'com'` would mark every link to a `.com` site as paid.
  .refine((host) => normaliseHostOption(host)?.includes('.') !== false, {
    error: 'expected a host name with a domain such as "go.example.com", not a top-level domain',
  })

const networkNameSchema = z
  .string({ error: 'expected a network name' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: "expected a network name of lowercase letters, digits, '.', '_' or '-'",
  })

// User patterns run on every href and paragraph: one with nested repetition
// could take exponential time on a crafted document.
const regExpSchema = z.instanceof(RegExp).refine((pattern) => isSafeRegex(pattern), {
  error:
    'expected a RegExp without nested or overlapping repetition (safe-regex2 flags this one as possibly exponential)',
})

/**
 * Turbopack hands `@next/mdx`'s loader its options as JSON, where a RegExp
 * becomes `{}` and a function `null`. Say so, rather than which branch of a
 * union the leftover came closest to.
 */
function notLostInJson<T extends z.ZodType>(schema: T, expected: string) {
  return z
    .unknown()
    .superRefine((value, context) => {
      const leftover =
        value === null ||
        (typeof value === 'object' &&
          Object.getPrototypeOf(value) === Object.prototype &&
          Object.keys(value).length === 0)
      if (leftover) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `expected ${expected} (a RegExp or a function does not survive JSON, as Turbopack passes loader options)`,
        })
      }
    })
    .pipe(schema)
}

const matcherSchema = z.union(
  [
    hostSchema,
    regExpSchema,
    z.strictObject({ network: networkNameSchema, host: hostSchema }),
    z.strictObject({ network: networkNameSchema, pattern: regExpSchema }),
    z.custom<(url: URL) => string | false>((value) => typeof value === 'function'),
  ],
  {
    error:
      'expected a host name, a RegExp, { network, host }, { network, pattern } or a function (url: URL) => string | false',
  },
)

const REDIRECT_ERROR =
  'expected a host ("go.example.com"), a path prefix ("/go/") or both ("example.com/recommends/")'

// A site's own redirects: one host, one root-relative path prefix, or a host
// with a path prefix. `/` alone would mark every link on the site.
const redirectSchema = z.string({ error: REDIRECT_ERROR }).superRefine((entry, context) => {
  const slash = entry.indexOf('/')
  const host = slash === -1 ? entry : entry.slice(0, slash)
  const path = slash === -1 ? '' : entry.slice(slash)
  if (/[\s?#\\]/.test(path) || path.startsWith('//')) {
    context.addIssue({
      code: 'custom',
      message: `${REDIRECT_ERROR}; a path has no spaces, "?", "#" or "//"`,
    })
  } else if (slash === 0 && path === '/') {
    context.addIssue({
      code: 'custom',
      message: 'expected a path prefix longer than "/", which would mark every link on the site',
    })
  } else if (slash !== 0 && normaliseHostOption(host) === undefined) {
    context.addIssue({ code: 'custom', message: REDIRECT_ERROR })
  }
})

const textSchema = z
  .string({ error: 'expected Markdown text' })
  .refine((value) => value.trim() !== '', { error: 'expected Markdown text, not an empty string' })

const shape = {
  position: z.enum(POSITIONS, { error: `expected one of ${list(POSITIONS)}` }).nullish(),
  text: z
    .union(
      [
        textSchema,
        z.partialRecord(z.enum(LOCALES, { error: 'expected a locale key' }), textSchema),
      ],
      { error: 'expected a string or an object of strings by locale ("en", "de", "es", "fr")' },
    )
    .nullish(),
  siteName: z
    .string({ error: 'expected the site name as one line of text' })
    .refine((value) => value.trim() !== '' && !/[\r\n]/.test(value), {
      error: 'expected the site name as one non-empty line',
    })
    .nullish(),
  rel: z
    .array(
      z
        .string()
        .regex(/^[^\s"'<>=]+$/, { error: 'expected a single rel token such as "sponsored"' }),
      { error: 'expected an array of rel tokens such as ["sponsored", "nofollow"]' },
    )
    // Search engines ask for `sponsored` on paid links; without it the
    // disclosure to crawlers is gone.
    .refine((tokens) => tokens.some((token) => token.toLowerCase() === 'sponsored'), {
      error: 'expected rel tokens that include "sponsored"',
    })
    .nullish(),
  networks: z
    .array(
      z.enum(BUILT_IN_NETWORKS, {
        error: `expected a built-in network (${list(BUILT_IN_NETWORKS)}; add others with \`matchers\`)`,
      }),
      { error: 'expected an array of built-in network names' },
    )
    .nullish(),
  matchers: z
    .array(notLostInJson(matcherSchema, 'a host name or { network, host }'), {
      error: 'expected an array of matchers',
    })
    .nullish(),
  redirects: z
    .array(redirectSchema, { error: 'expected an array of hosts and path prefixes' })
    .nullish(),
  insert: z.boolean({ error: 'expected true or false' }).nullish(),
  existing: z
    .array(notLostInJson(z.union([textSchema, regExpSchema]), 'a string'), {
      error: 'expected an array of strings or RegExps',
    })
    .nullish(),
  shorteners: z
    .union([z.literal(false), z.array(hostSchema)], {
      error: 'expected an array of host names or false',
    })
    .nullish(),
}

/** The keys of the `affiliate` object. */
export const affiliateKeys: readonly string[] = Object.keys(shape)

/** Validates the `affiliate` option (its output type is checked against {@link AffiliateOptions}). */
export const affiliateSchema: z.ZodType<AffiliateOptions | false> = z.union(
  [z.literal(false), z.strictObject(shape)],
  { error: 'expected false or an options object' },
)
