/**
 * Make one line of plain text safe to place inside Markdown: backslash-escape
 * every character that could start emphasis, code, a link, a footnote, HTML,
 * an entity, strikethrough, a table cell or a heading's closing `#`s, and
 * every colon (directives for sites that use `remark-directive`). CommonMark
 * lets any ASCII punctuation be escaped, so this never changes the text a
 * reader sees.
 *
 * GFM also turns bare `https://…`, `www.…` and `name@host` into links, and
 * such a link swallows the backslashes of the escapes that follow it. The
 * escaped colon, `@` and the dot of `www.` keep those from starting.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~#|:@]/g, '\\$&').replace(/(www)\./gi, '$1\\.')
}

/** A URL as an autolink `<…>`, which ends at the first `<`, `>` or space. */
export function autolink(url: string): string {
  return `<${url.replace(/[<> ]/g, (character) => encodeURIComponent(character))}>`
}

/** Prefix every line with `> `, so that multi-line Markdown sits inside a callout. */
export function quote(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n')
}
