/**
 * An independent opinion on which links are affiliate links, used to
 * cross-check the plugin's `data-affiliate` markers by host. It knows only the
 * networks the examples link to; a link to any other network would show up as
 * a mismatch, which is the point: the test then has to be taught about it.
 */

/** Amazon storefronts the examples may link to (host suffixes after `amazon.`). */
const AMAZON_STOREFRONTS = ['com', 'co.uk', 'de', 'fr', 'it', 'es', 'ca', 'com.au', 'nl']

/**
 * @param {string} host
 * @param {string} domain
 */
function isHostOrSubdomain(host, domain) {
  return host === domain || host.endsWith(`.${domain}`)
}

/**
 * The network an `href` belongs to (`'amazon'`, `'awin'`), or `null` when it
 * is not an affiliate link the examples use.
 *
 * @param {string} href
 *   Absolute URL as the browser resolved it.
 * @returns {string | null}
 */
export function expectedNetwork(href) {
  let url
  try {
    url = new URL(href)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.replace(/\.$/, '')
  const amazon = AMAZON_STOREFRONTS.some((tld) => isHostOrSubdomain(host, `amazon.${tld}`))
  if (amazon && url.searchParams.has('tag')) return 'amazon'
  if (isHostOrSubdomain(host, 'amzn.to')) return 'amazon'
  if (isHostOrSubdomain(host, 'awin1.com')) return 'awin'
  return null
}
