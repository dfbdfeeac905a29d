import type { AffiliateMatch, HrefVerdict } from '../options/settings'
import type { AffiliateMatcher } from '../options/types'
import { HostTable } from './host-table'
import { BUILT_IN_NETWORKS, NETWORK_RULES, type NetworkRule, ruleAccepts } from './networks'
import { DEFAULT_SHORTENERS } from './shorteners'
import { matchableHost, normaliseHostOption, parseHttpUrl } from './url'

/** A custom matcher reduced to one test on the parsed URL. */
type CustomTest = (url: URL, href: string, host: string) => string | undefined

/** Told when a user's matcher function throws: its option path and the error. */
export type MatcherFailure = (matcher: string, error: unknown) => void

/** Options the matcher needs (already validated). */
export interface MatcherOptions {
  networks?: readonly string[] | null | undefined
  matchers?: readonly AffiliateMatcher[] | null | undefined
  shorteners?: readonly string[] | false | null | undefined
  redirects?: readonly string[] | null | undefined
}

/** Query parameters that often carry a referral id on a merchant's own site. */
const POSSIBLE_PARAMS = ['ref', 'aff', 'via', 'affid', 'aff_id', 'affiliate', 'referral'] as const

/** Cloakers that redirect wherever their user says; only some paths name a merchant. */
const CLOAKERS = ['serp.ly'] as const

/** Whether `host` is `domain` or a subdomain of it (label boundary, never a substring). */
function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** A RegExp with `g`/`y` keeps `lastIndex` between calls; reset it so every href gets a fresh test. */
function testPattern(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(value)
}

function compileCustom(matcher: AffiliateMatcher): CustomTest {
  if (typeof matcher === 'string') {
    // Validated by the schema, so it normalises; the fallback keeps types honest.
    const domain = normaliseHostOption(matcher) ?? matcher.toLowerCase()
    return (_url, _href, host) => (onDomain(host, domain) ? domain : undefined)
  }
  if (matcher instanceof RegExp) {
    return (_url, href) => (testPattern(matcher, href) ? 'custom' : undefined)
  }
  if (typeof matcher === 'function') {
    return (url) => {
      // A fresh copy: a matcher that mutates its argument must not change what the next one sees.
      const result = matcher(new URL(url.href))
      return typeof result === 'string' && result.trim() !== ''
        ? result.trim().toLowerCase()
        : undefined
    }
  }
  if ('host' in matcher) {
    const domain = normaliseHostOption(matcher.host) ?? matcher.host.toLowerCase()
    return (_url, _href, host) => (onDomain(host, domain) ? matcher.network : undefined)
  }
  return (_url, href) => (testPattern(matcher.pattern, href) ? matcher.network : undefined)
}

/**
 * Compile the network options into one function from href to verdict. Built
 * once per `use()`: the built-in table is indexed by domain, so each href
 * costs one URL parse and one map lookup per host label.
 */
export function compileMatcher(
  options: MatcherOptions,
): (href: string, failed?: MatcherFailure) => HrefVerdict {
  const enabled = new Set<string>(options.networks ?? BUILT_IN_NETWORKS)
  const table = new HostTable<NetworkRule>()
  for (const rule of NETWORK_RULES) {
    if (!enabled.has(rule.network)) continue
    for (const host of rule.hosts) table.add(host, rule)
  }
  const custom = (options.matchers ?? []).map((matcher, index) => ({
    test: compileCustom(matcher),
    name: `affiliate.matchers[${index}]${typeof matcher === 'function' && matcher.name ? ` (${matcher.name})` : ''}`,
  }))
  const redirects = (options.redirects ?? []).map(parseRedirect)
  const shorteners =
    options.shorteners === false
      ? []
      : (options.shorteners ?? DEFAULT_SHORTENERS).map(
          (host) => normaliseHostOption(host) ?? host.toLowerCase(),
        )

  return (href, failed): HrefVerdict => {
    const raw = href.trim()
    const url = parseHttpUrl(href)
    if (!url) return siteRedirect(redirects, raw)
    const host = matchableHost(url)
    if (host === '') return undefined
    for (const { test, name } of custom) {
      let network: string | undefined
      try {
        network = test(url, raw, host)
      } catch (error) {
        // The user's code, not the document, is wrong: report it and go on.
        failed?.(name, error)
        continue
      }
      if (network !== undefined) return affiliate(network, url, host)
    }
    for (const redirect of redirects) {
      if (redirect.host === undefined || !onDomain(host, redirect.host)) continue
      if (url.pathname.toLowerCase().startsWith(redirect.path)) {
        return affiliate(redirect.host, url, host)
      }
    }
    const network = table.find(host, (rule, subdomain) =>
      ruleAccepts(rule, url, subdomain) ? rule.network : undefined,
    )
    if (network !== undefined) return affiliate(network, url, host)
    if (shorteners.some((domain) => onDomain(host, domain))) return { kind: 'shortened', host }
    return possible(url, host)
  }
}

/** A site's own redirect: a host, a root-relative path prefix, or both. */
interface Redirect {
  host: string | undefined
  /** Lower-case path prefix; `/` for a whole host. */
  path: string
}

/** Split a validated `redirects` entry (`thbrco.io`, `/go/`, `example.com/recommends/`). */
export function parseRedirect(entry: string): Redirect {
  const slash = entry.indexOf('/')
  if (slash === 0) return { host: undefined, path: entry.toLowerCase() }
  const hostPart = slash === -1 ? entry : entry.slice(0, slash)
  const host = normaliseHostOption(hostPart) ?? hostPart.toLowerCase()
  return { host, path: slash === -1 ? '/' : entry.slice(slash).toLowerCase() }
}

/** A root-relative link (`/go/tent`) through one of the site's redirect paths. */
function siteRedirect(redirects: readonly Redirect[], href: string): HrefVerdict {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined
  for (const redirect of redirects) {
    if (redirect.host !== undefined || !href.toLowerCase().startsWith(redirect.path)) continue
    // A relative link has no host; the URL is resolved only to carry the path.
    const url = new URL(href, 'https://site.invalid')
    return affiliate('redirect', url, '')
  }
  return undefined
}

/** Signals that a link may be paid, which only the author can confirm. */
function possible(url: URL, host: string): HrefVerdict {
  if (CLOAKERS.some((domain) => onDomain(host, domain))) {
    return { kind: 'possible', host, signal: `the link cloaker \`${host}\`` }
  }
  for (const name of POSSIBLE_PARAMS) {
    if (url.searchParams.get(name)) {
      return { kind: 'possible', host, signal: `the \`${name}=\` parameter` }
    }
  }
  return undefined
}

function affiliate(network: string, url: URL, host: string): HrefVerdict {
  const match: AffiliateMatch = { network, url, host }
  return { kind: 'affiliate', match }
}
