/**
 * Parse an href the way a browser would (WHATWG URL) and keep it only when it
 * is an absolute `http:`/`https:` URL. A protocol-relative `//host/path` takes
 * the page's scheme, which for a published page is `https:`. Relative links,
 * `mailto:`, `tel:`, `javascript:` and anything that does not parse never
 * count as affiliate links, and parsing never throws.
 */
export function parseHttpUrl(href: string): URL | undefined {
  // Cheap pre-check so most relative links and fragments skip `new URL`.
  const protocolRelative = /^\s*\/\/[^/]/.test(href)
  if (!protocolRelative && !/^\s*https?:/i.test(href)) return undefined
  let url: URL
  try {
    url = protocolRelative
      ? new URL(href.trim(), 'https://protocol-relative.invalid')
      : new URL(href)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}

/**
 * The host to match on: WHATWG already lower-cases and punycode-encodes it and
 * drops userinfo (`https://amazon.com@evil.example` → `evil.example`); we also
 * strip one trailing dot, since `amazon.com.` is the same host as `amazon.com`.
 */
export function matchableHost(url: URL): string {
  return withoutTrailingDot(url.hostname)
}

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host
}

/**
 * Normalise a host given in options (`Go.Example.COM.` → `go.example.com`,
 * `bücher.de` → `xn--bcher-kva.de`). Returns undefined for anything that is not
 * a bare host name.
 */
export function normaliseHostOption(host: string): string | undefined {
  if (host === '' || /[\s/\\:@?#[\]]/.test(host)) return undefined
  try {
    const bare = withoutTrailingDot(new URL(`http://${host}`).hostname)
    return bare === '' || bare.startsWith('.') || bare.includes('..') ? undefined : bare
  } catch {
    return undefined
  }
}
