/**
 * The `href` of every `<a>` start tag in a raw HTML string. Raw HTML stays as
 * the author wrote it (changing it safely needs a real HTML parser and would
 * not survive every pipeline), so these are only counted and reported.
 *
 * A tolerant scan, not a parser: comments are skipped, quoted attribute values
 * may hold `>`, and the common character references in a value are decoded.
 */
export function rawHtmlHrefs(html: string): string[] {
  if (!/<a[\s/>]/i.test(html)) return []
  const source = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  const hrefs: string[] = []
  for (const tag of source.matchAll(/<a(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attributes = tag[1] ?? ''
    for (const attribute of attributes.matchAll(
      /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      if (attribute[1]?.toLowerCase() !== 'href') continue
      const value = attribute[2] ?? attribute[3] ?? attribute[4]
      if (value !== undefined) hrefs.push(decodeReferences(value))
      // The first `href` wins, as in HTML.
      break
    }
  }
  return hrefs
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  sol: '/',
  colon: ':',
  quest: '?',
  equals: '=',
  period: '.',
}

function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/gi, (whole, dec, hex, name) => {
    if (name !== undefined) return NAMED[String(name).toLowerCase()] ?? whole
    const code = dec === undefined ? Number.parseInt(String(hex), 16) : Number(dec)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
