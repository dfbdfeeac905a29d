/**
 * The built-in callout types. GitHub's five come first, then the other types
 * Obsidian documents, then the health types. `affiliate-disclosure` is the type of the disclosure the affiliate
 * part inserts; it is a marker like any other so the disclosure survives a
 * round trip through `remark-stringify`.
 */
export const NOTICE_TYPES = [
  'note',
  'tip',
  'important',
  'warning',
  'caution',
  'abstract',
  'todo',
  'success',
  'question',
  'failure',
  'bug',
  'example',
  'quote',
  'medical',
  'see-doctor',
  'emergency',
  'affiliate-disclosure',
] as const

/** One of {@link NOTICE_TYPES}. */
export type NoticeType = (typeof NOTICE_TYPES)[number]

/**
 * Other names authors already write (Obsidian, Docusaurus, Starlight,
 * Material for MkDocs), mapped to one built-in type each.
 *
 * `danger` and `error` map to `caution` (GitHub's red "negative
 * consequences" type), not to `emergency`: an alias must never turn a generic
 * warning into "get emergency help now".
 */
export const NOTICE_ALIASES: Readonly<Record<string, NoticeType>> = Object.freeze({
  info: 'note',
  hint: 'tip',
  attention: 'warning',
  // Obsidian's aliases of its own types.
  summary: 'abstract',
  tldr: 'abstract',
  check: 'success',
  done: 'success',
  help: 'question',
  faq: 'question',
  fail: 'failure',
  missing: 'failure',
  cite: 'quote',
  danger: 'caution',
  error: 'caution',
  doctor: 'see-doctor',
  'see-a-doctor': 'see-doctor',
  disclaimer: 'medical',
  'medical-disclaimer': 'medical',
  urgent: 'emergency',
})

/**
 * The `data-notice` value of a type. The `medical` type *is* the
 * not-medical-advice disclaimer, so it is marked `medical-disclaimer` wherever
 * it comes from (inserted by the `disclaimer` option or written by the author);
 * its class stays `notice-medical`.
 */
export function dataNoticeOf(type: string): string {
  return type === 'medical' ? 'medical-disclaimer' : type
}

/**
 * The types no site framework has: the health types and the disclosure.
 * `directives: false` still renders these (and their aliases) as callouts.
 */
export const OWN_TYPES: ReadonlySet<string> = new Set([
  'medical',
  'see-doctor',
  'emergency',
  'affiliate-disclosure',
])

/** Types that tell the reader to get care: a document with them wants a disclaimer. */
export const CARE_TYPES: ReadonlySet<string> = new Set(['see-doctor', 'emergency'])

/** Lowercase words joined by hyphens: the shape of every type name and alias. */
export const TYPE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
