/**
 * Built-in affiliate networks as data: which hosts they use and what else a
 * URL on those hosts must carry to be an affiliate link. The public source
 * for each row is listed in docs/affiliate-networks.md.
 */

/** Names of the built-in networks, as they appear in `data-affiliate`. */
export const BUILT_IN_NETWORKS = [
  'amazon',
  'shareasale',
  'cj',
  'awin',
  'impact',
  'rakuten',
  'skimlinks',
  'clickbank',
  'partnerize',
  'ebay',
  'avantlink',
  'geniuslink',
  'howl',
  'rewardstyle',
  'shopmy',
  'apple',
] as const

/** One of {@link BUILT_IN_NETWORKS}. */
export type BuiltInNetwork = (typeof BUILT_IN_NETWORKS)[number]

/** One row of the table: a set of hosts and the signals a link must carry. */
export interface NetworkRule {
  readonly network: BuiltInNetwork
  /** Domains; a link's host must be one of them or a subdomain of one. */
  readonly hosts: readonly string[]
  /**
   * When set, the only subdomains allowed in front of a host (`''` is the bare
   * host, which is always allowed); when unset, any subdomain matches.
   */
  readonly subdomains?: readonly string[]
  /** When set, the path must start with one of these (compared lower-case). */
  readonly paths?: readonly string[]
  /** When set, the path must match this (cloakers whose path names the merchant). */
  readonly pathPattern?: RegExp
  /** When set, each of these query parameters must be present and non-empty. */
  readonly params?: readonly string[]
  /** Parameter values that are not the author's (a merchant's own ad tags). */
  readonly rejectParams?: Readonly<Record<string, RegExp>>
}

/** Amazon's regional storefronts (affiliate.md §2; `amazon.<tld>`). */
export const AMAZON_STOREFRONTS = [
  'amazon.com',
  'amazon.co.uk',
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.ca',
  'amazon.com.au',
  'amazon.co.jp',
  'amazon.in',
  'amazon.nl',
  'amazon.se',
  'amazon.pl',
  'amazon.com.br',
  'amazon.com.mx',
  'amazon.sg',
  'amazon.ae',
  'amazon.sa',
  'amazon.com.tr',
  'amazon.com.be',
  'amazon.eg',
] as const

/** Amazon's own short-link hosts (SiteStripe); the tag is hidden behind them. */
export const AMAZON_SHORT_HOSTS = ['amzn.to', 'amzn.eu', 'amzn.asia'] as const

/** eBay's national sites, which carry Partner Network links with `campid` + `mkcid`. */
export const EBAY_SITES = [
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
  'ebay.ca',
  'ebay.com.au',
  'ebay.at',
  'ebay.ch',
  'ebay.ie',
  'ebay.nl',
  'ebay.be',
  'ebay.pl',
  'ebay.com.hk',
  'ebay.com.sg',
  'ebay.com.my',
  'ebay.ph',
] as const

/** CJ (Commission Junction) click domains. */
export const CJ_HOSTS = [
  'anrdoezrs.net',
  'jdoqocy.com',
  'tkqlhce.com',
  'dpbolvw.net',
  'kqzyfj.com',
  'emjcd.com',
  'qksrv.net',
  'ftjcfx.com',
  'lduhtrp.net',
  'tqlkg.com',
  'awltovhc.com',
  'yceml.net',
] as const

/** The table. Rows for one network may repeat with different signals. */
export const NETWORK_RULES: readonly NetworkRule[] = [
  // A storefront link is only an affiliate link when it carries the tag.
  {
    network: 'amazon',
    hosts: AMAZON_STOREFRONTS,
    subdomains: ['www', 'smile', 'm'],
    params: ['tag'],
    // Amazon's own Google Shopping tags, copied along with a search-ad click.
    rejectParams: { tag: /^(?:hyprod-20|googhydr)/ },
  },
  { network: 'amazon', hosts: AMAZON_SHORT_HOSTS, subdomains: [] },
  // serp.ly cloaks a link as `/@user/<merchant>/<slug>`; only Amazon is named
  // reliably enough to count (it then needs Amazon's statement too).
  { network: 'amazon', hosts: ['serp.ly'], subdomains: [], pathPattern: /^\/@[^/]+\/amazon\// },
  {
    network: 'shareasale',
    hosts: ['shareasale.com', 'shareasale-analytics.com'],
    paths: ['/r.cfm', '/m-pr.cfm', '/u.cfm'],
  },
  { network: 'cj', hosts: CJ_HOSTS },
  { network: 'awin', hosts: ['awin1.com', 'zenaps.com'] },
  // `/c/` is the click path; `/i/` on the same hosts is an impression pixel.
  {
    network: 'impact',
    hosts: ['sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net'],
    paths: ['/c/'],
  },
  { network: 'rakuten', hosts: ['linksynergy.com'] },
  { network: 'skimlinks', hosts: ['go.skimresources.com', 'go.redirectingat.com'] },
  { network: 'clickbank', hosts: ['hop.clickbank.net'] },
  { network: 'partnerize', hosts: ['prf.hn'] },
  { network: 'ebay', hosts: ['rover.ebay.com'] },
  { network: 'ebay', hosts: EBAY_SITES, params: ['campid', 'mkcid'] },
  { network: 'avantlink', hosts: ['avantlink.com', 'avantlink.ca'], paths: ['/click.php'] },
  { network: 'geniuslink', hosts: ['geni.us'], subdomains: [] },
  { network: 'howl', hosts: ['howl.me', 'howl.link'], subdomains: [] },
  { network: 'rewardstyle', hosts: ['rstyle.me'] },
  { network: 'shopmy', hosts: ['go.shopmy.us'] },
  // Apple Services Performance Partners: the affiliate token is `at`.
  {
    network: 'apple',
    hosts: [
      'itunes.apple.com',
      'apps.apple.com',
      'music.apple.com',
      'books.apple.com',
      'podcasts.apple.com',
      'tv.apple.com',
    ],
    subdomains: ['geo'],
    params: ['at'],
  },
]

/** Does `url` (on one of `rule`'s hosts, with `subdomain` in front) carry the rule's signals? */
export function ruleAccepts(rule: NetworkRule, url: URL, subdomain: string): boolean {
  if (rule.subdomains && subdomain !== '' && !rule.subdomains.includes(subdomain)) return false
  if (rule.paths) {
    const path = url.pathname.toLowerCase()
    if (!rule.paths.some((prefix) => path.startsWith(prefix))) return false
  }
  if (rule.params) {
    // Query parameter names are case-sensitive: `Tag=` is not `tag=`.
    for (const name of rule.params) if (!url.searchParams.get(name)) return false
  }
  if (rule.pathPattern && !rule.pathPattern.test(url.pathname.toLowerCase())) return false
  if (rule.rejectParams) {
    for (const [name, pattern] of Object.entries(rule.rejectParams)) {
      if (pattern.test(url.searchParams.get(name) ?? '')) return false
    }
  }
  return true
}
