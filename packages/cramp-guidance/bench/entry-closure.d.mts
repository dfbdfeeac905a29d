/** The files a built ESM entry loads: the entry and every chunk it imports, transitively. */
export function entryClosure(entry: URL): URL[]
