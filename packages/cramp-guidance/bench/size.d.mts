/** The size budget of one locale, entry plus chunks, gzipped, in bytes. */
export declare const BUDGET: number

/** Raw and gzipped size, in bytes, of some files taken together. */
export declare function measure(files: URL[]): { raw: number; gzip: number }
