import type { Source } from '@healthmark/schema'
import { autolink, escapeText } from './escape'
import type { PageLabels } from './labels'

/**
 * Gives each distinct source (by URL) one footnote label, in first-use order:
 * its `id` where it has one (`[^nhs-leg-cramps]`), else `source-1`, `source-2` …
 */
export class Footnotes {
  readonly #labels: Pick<PageLabels, 'accessed'>

  constructor(labels: Pick<PageLabels, 'accessed'>) {
    this.#labels = labels
  }

  readonly #labelByUrl = new Map<string, string>()
  readonly #sources: Array<{ label: string; source: Source }> = []
  readonly #used = new Set<string>()

  /** `[^a][^b]` for the sources of one tip or red flag. */
  references(sources: readonly Source[]): string {
    return sources.map((source) => `[^${this.#label(source)}]`).join('')
  }

  /**
   * Every definition, one paragraph each, in first-use order, as a reference
   * list writes them: `Authors. Title. Publisher or journal, year. <url>`.
   * A live page has no year; the date it was checked follows the link.
   */
  definitions(): string[] {
    return this.#sources.map(({ label, source }) => {
      const parts = [source.authors, source.title].flatMap((part) =>
        part === undefined ? [] : [sentence(escapeText(part))],
      )
      const year = source.year === undefined ? '' : `, ${source.year}`
      parts.push(`${escapeText(source.publisher)}${year}.`, autolink(source.url))
      if (source.year === undefined && source.accessed !== undefined) {
        parts.push(`(${this.#labels.accessed} ${source.accessed})`)
      }
      return `[^${label}]: ${parts.join(' ')}`
    })
  }

  #label(source: Source): string {
    const known = this.#labelByUrl.get(source.url)
    if (known !== undefined) return known
    let label = source.id
    if (label === undefined || this.#used.has(label)) {
      let number = this.#sources.length + 1
      while (this.#used.has(`source-${number}`)) number++
      label = `source-${number}`
    }
    this.#used.add(label)
    this.#labelByUrl.set(source.url, label)
    this.#sources.push({ label, source })
    return label
  }
}

/** End a reference-list part with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
