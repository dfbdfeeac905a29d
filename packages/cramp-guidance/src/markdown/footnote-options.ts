import { labelsFor } from './labels'

/**
 * Options for `remark-rehype` that render the footnotes of a `toMarkdown`
 * page (its sources) in the page's language. Plain data, so this package
 * needs no `remark-rehype`; the fields are that plugin's options of the same
 * names.
 */
export interface FootnoteOptions {
  /** Heading of the footnote section: `Sources`, `Quellen`. */
  footnoteLabel: string
  /** No properties: the heading stays visible, the sources are content. */
  footnoteLabelProperties: Record<string, never>
  /** Accessible name of each back link, with its visible number (`1`, `1-2`). */
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => string
}

/** `remark-rehype` footnote options for a page in `locale` (English for other languages). */
export function footnoteOptions(locale: string): FootnoteOptions {
  const labels = labelsFor(locale)
  return {
    footnoteLabel: labels.sources,
    footnoteLabelProperties: {},
    // remark-rehype's own numbering: a source cited several times gets "1-2",
    // "1-3" …, so each back link's name contains its visible number.
    footnoteBackLabel: (index, rereference) =>
      `${labels.backToReference} ${index + 1}${rereference > 1 ? `-${rereference}` : ''}`,
  }
}
