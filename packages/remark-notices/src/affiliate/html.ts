import { parseEntities } from 'parse-entities'

/**
 * The `href` of every `<a>` start tag in a raw HTML string. Raw HTML stays as
 * the author wrote it (changing it safely needs a real HTML parser and would
 * not survive every pipeline), so these are only counted and reported.
 *
 * A tolerant scan, not a parser: comments are skipped, quoted attribute values
 * may hold `>`, and character references in a value are decoded as a browser
 * decodes an attribute.
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
      if (value !== undefined) hrefs.push(parseEntities(value, { attribute: true }))
      // The first `href` wins, as in HTML.
      break
    }
  }
  return hrefs
}
