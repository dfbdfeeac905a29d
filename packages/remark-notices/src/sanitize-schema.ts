import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { NOTICE_TYPES } from './common/notice-types'

type Attributes = NonNullable<Schema['attributes']>

// Class names the plugin writes, and nothing else: a sanitized page cannot
// borrow them for other elements.
const noticeClasses = ['notice', ...NOTICE_TYPES.map((type) => `notice-${type}`), 'health-tip']
// Custom types get `notice-NAME`; allow the shape, not arbitrary classes.
const customNoticeClass = /^notice-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

const calloutAttributes: NonNullable<Attributes[string]> = [
  ['className', ...noticeClasses, customNoticeClass],
  'dataNotice',
  'dataHealthTip',
  'ariaLabel',
]

const additions: Attributes = {
  aside: [...calloutAttributes, ['role', 'note']],
  details: [...calloutAttributes, 'open'],
  summary: [['className', 'notice-title']],
  p: [
    [
      'className',
      'notice-title',
      'health-tip-summary',
      'health-tip-evidence',
      'health-tip-sources',
      'health-review',
    ],
    ['dataNotice', 'affiliate-disclosure'],
    ['dataHealthReview', 'current', 'stale'],
  ],
  time: ['dateTime'],
  span: [['className', 'evidence-badge'], 'dataEvidence'],
  svg: [
    ['className', 'notice-icon'],
    'viewBox',
    'width',
    'height',
    ['fill', 'none'],
    ['stroke', 'currentColor'],
    'strokeWidth',
    'strokeLinecap',
    'strokeLinejoin',
    ['ariaHidden', 'true'],
    ['focusable', 'false'],
  ],
  path: ['d'],
  a: ['rel', 'dataAffiliate'],
}

/**
 * rehype-sanitize's default (GitHub) schema plus exactly the markup this
 * plugin writes: the callout elements and their classes and data attributes,
 * the inline SVG icons, and `rel`/`data-affiliate` on links. Use it as
 * `.use(rehypeSanitize, sanitizeSchema)`.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'svg', 'path', 'time'],
  attributes: mergeAttributes(defaultSchema.attributes ?? {}, additions),
}

function mergeAttributes(base: Attributes, extra: Attributes): Attributes {
  const result: Attributes = { ...base }
  for (const [tag, list] of Object.entries(extra)) {
    result[tag] = [...(base[tag] ?? []), ...list]
  }
  return result
}
