/**
 * General-purpose link shorteners. Amazon's linking rules forbid hiding that a
 * link goes to Amazon behind a shortener or redirect (its own `amzn.to` is
 * allowed), and a shortened link hides every other destination too, so links
 * on these hosts get a `shortened-affiliate-link` warning. Replace the list
 * with the `shorteners` option, or turn the warning off with `false`.
 */
export const DEFAULT_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'ow.ly',
  'buff.ly',
  'rebrand.ly',
  'is.gd',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
] as const
