/**
 * Look up a host by its domain suffixes on label boundaries: `www.amazon.de`
 * is tried as `www.amazon.de`, `amazon.de`, `de`. So `notamazon.com` never hits
 * `amazon.com`, and `amazon.com.example.net` only hits entries for
 * `example.net`. One map lookup per label keeps matching cheap however long the
 * host lists get.
 */
export class HostTable<Entry> {
  readonly #byDomain = new Map<string, Entry[]>()

  add(domain: string, entry: Entry): void {
    const entries = this.#byDomain.get(domain)
    if (entries) entries.push(entry)
    else this.#byDomain.set(domain, [entry])
  }

  /**
   * Call `accept` with each entry whose domain is `host` or a parent domain of
   * it, most specific domain first, together with the subdomain part in front
   * of that domain (`''` for an exact match). Returns the first non-undefined
   * result.
   */
  find<Result>(
    host: string,
    accept: (entry: Entry, subdomain: string) => Result | undefined,
  ): Result | undefined {
    if (this.#byDomain.size === 0 || host === '') return undefined
    let start = 0
    while (start < host.length) {
      const entries = this.#byDomain.get(start === 0 ? host : host.slice(start))
      if (entries) {
        const subdomain = start === 0 ? '' : host.slice(0, start - 1)
        for (const entry of entries) {
          const result = accept(entry, subdomain)
          if (result !== undefined) return result
        }
      }
      const dot = host.indexOf('.', start)
      if (dot === -1) break
      start = dot + 1
    }
    return undefined
  }
}
