import type { Source } from '@healthmark/schema'
import { autolink, escapeText } from './escape'

/**
 * Gives each distinct source (by URL) one footnote label, in first-use order:
 * its `id` where it has one (`[^nhs-leg-cramps]`), else `source-1`, `source-2` …
 */
export class Footnotes {
  readonly #labelByUrl = new Map<string, string>()
  readonly #sources: Array<{ label: string; source: Source }> = []
  readonly #used = new Set<string>()

  /** `[^a][^b]` for the sources of one tip or red flag. */
  references(sources: readonly Source[]): string {
    return sources.map((source) => `[^${this.#label(source)}]`).join('')
  }

  /** Every definition, one paragraph each, in first-use order. */
  definitions(): string[] {
    return this.#sources.map(({ label, source }) => {
      const title = escapeText(source.title)
      const end = /[.!?]$/.test(source.title) ? '' : '.'
      return `[^${label}]: ${title}${end} ${escapeText(source.publisher)}, ${source.year}. ${autolink(source.url)}`
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
