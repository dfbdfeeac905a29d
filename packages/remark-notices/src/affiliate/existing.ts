import escapeStringRegexp from 'escape-string-regexp'
import type { Nodes } from 'mdast'

/**
 * Sentences that disclose the author's own paid links, recognised by what they
 * say rather than by the word "affiliate": the author earns or receives a
 * commission, Amazon's "qualifying purchases" statement, or the page says it
 * contains affiliate or paid links (en, de, es, fr). A sentence that only
 * talks about affiliate links ("today's Amazon affiliate links scandal",
 * "my first experiment with affiliate links") matches none of them.
 * No trailing `\b` after words that may end in a non-ASCII letter:
 * JavaScript's `\b` only knows ASCII word characters.
 */
export const BUILT_IN_DISCLOSURE_PATTERNS: readonly RegExp[] = [
  // en
  /\bAs an? Amazon (?:Associate|Affiliate)/i,
  /\bqualif(?:y|i)(?:ing|ed) purchases\b/i,
  /\b(?:I|we|I'll|we'll)(?: (?:may|might|will|could|do|also|sometimes))* (?:earn|receive|get|make)s?\b[^.!?]{0,60}\b(?:commissions?|compensation|percentage|small fee|a cut)\b/i,
  /\b(?:contains?|includes?|has|have|are|may be|uses?)\b(?: \w+){0,3} (?:affiliate|paid|sponsored|referral) links?\b/i,
  /\buse (?:my|our) (?:affiliate|referral) links?\b/i,
  // de
  /\bAls Amazon-Partner verdiene/i,
  /\b(?:erhalte|erhalten|bekomme|bekommen|verdiene|verdienen)\b[^.!?]{0,60}\bProvision/i,
  /\b(?:enthält|enthalten|sind)\b[^.!?]{0,30}\b(?:Affiliate-?|Werbe-?|Partner-?)[Ll]inks?/i,
  /^\W*(?:Werbung|Anzeige)\b/i,
  /\b(?:enthält|enthalten|ist)\b[^.!?]{0,20}\b(?:Werbung|Anzeige)\b/i,
  // A link marked where it stands: "(paid link)", "(Werbelink)".
  /\((?:paid|affiliate|sponsored|ad) links?\)|\((?:Werbe|Affiliate-|Partner)[Ll]inks?\)/i,
  // es
  /\bComo (?:Afiliad[oa]|Asociad[oa]) de Amazon/i,
  /\b(?:obtengo|obtenemos|gano|ganamos)\b[^.!?]{0,30}\bcompras adscritas/i,
  /\b(?:recib|gan|obten)\w*\b[^.!?]{0,60}\bcomisi[oó]n/i,
  /\b(?:contiene|incluye|son)\b[^.!?]{0,30}\benlaces? (?:de afiliad|patrocinad)/i,
  // fr
  /\bEn tant que Partenaire Amazon/i,
  /\bachats remplissant les conditions/i,
  /\b(?:je|nous|j')\s?(?:per[çc]\w*|touch\w*|re[çc]\w*|gagn\w*)\b[^.!?]{0,60}\bcommission/i,
  /\b(?:contient|comporte|sont)\b[^.!?]{0,30}\bliens? (?:affili|sponsoris)/i,
]

/**
 * One test for "is this text a disclosure": the built-in patterns and the
 * `existing` option (strings match case-insensitively as plain text).
 */
export function compileDisclosureTest(
  existing: ReadonlyArray<string | RegExp> | null | undefined,
): (text: string) => boolean {
  const patterns = [
    ...BUILT_IN_DISCLOSURE_PATTERNS,
    ...(existing ?? []).map((entry) =>
      typeof entry === 'string' ? new RegExp(escapeStringRegexp(entry.trim()), 'i') : entry,
    ),
  ]
  return (text) =>
    patterns.some((pattern) => {
      // A user RegExp with `g`/`y` keeps `lastIndex` between calls.
      pattern.lastIndex = 0
      return pattern.test(text)
    })
}

/**
 * The plain text of a node, as a reader sees it: text values and image alt
 * text, with code left out (a `commission` in code is not a disclosure). A
 * small walk rather than `mdast-util-to-string`, which also counts code.
 */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if (!('children' in node)) return ''
  let result = ''
  for (const child of node.children) result += textOf(child as Nodes)
  return result
}
