/**
 * Make one line of plain text safe to place inside Markdown: backslash-escape
 * every character that could start emphasis, code, a link, a footnote, HTML,
 * an entity, strikethrough or a heading's closing `#`s, and a colon before a
 * letter (a text directive for sites that use `remark-directive`). CommonMark
 * lets any ASCII punctuation be escaped, so this never changes the text a
 * reader sees.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~#|]/g, '\\$&').replace(/:(?=[A-Za-z])/g, '\\:')
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
