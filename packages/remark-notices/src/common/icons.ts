import type { Element } from 'hast'
import type { Text } from 'mdast'
import type { NoticeType } from './notice-types'

/**
 * Icon outlines, drawn for this package on a 24×24 grid as strokes in
 * `currentColor`, so they follow the callout's text colour in light and dark
 * themes. Each is one path: no external sprite, no raw SVG string.
 */
const ICON_PATHS: Readonly<Record<NoticeType, string>> = Object.freeze({
  note: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM12 11v6M12 7h.01',
  tip: 'M9 18h6M10 22h4M12 2a7 7 0 0 0-4 12.7V16h8v-1.3A7 7 0 0 0 12 2z',
  important: 'M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2zM12 7v4M12 14h.01',
  warning:
    'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h.01',
  caution: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zM12 8v4M12 16h.01',
  abstract:
    'M9 2h6v4H9zM8 4H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2M8 12h8M8 16h5',
  todo: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM8 12l3 3 5-6',
  success: 'M20 6 9 17l-5-5',
  question: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01',
  failure: 'M18 6 6 18M6 6l12 12',
  bug: 'M8 8a4 4 0 0 1 8 0v6a4 4 0 0 1-8 0zM12 12v6M4 13h4M16 13h4M5 7l3 2M19 7l-3 2M5 19l3-2M19 19l-3-2',
  example: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  quote: 'M3 21c3 0 7-1 7-8V5H3v7h4c0 4-2 6-4 6zM14 21c3 0 7-1 7-8V5h-7v7h4c0 4-2 6-4 6z',
  medical: 'M12 2 4 5v6c0 5 3.4 9.3 8 11 4.6-1.7 8-6 8-11V5zM12 8v6M9 11h6',
  'see-doctor':
    'M6 3v5a4 4 0 0 0 8 0V3M10 12v3a5 5 0 0 0 10 0v-3M20 8a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  emergency: 'M7 18v-6a5 5 0 0 1 10 0v6M5 21h14v-3H5zM12 2v2M4.2 5.2l1.4 1.4M19.8 5.2l-1.4 1.4',
  'affiliate-disclosure':
    'M20.6 13.4 13.4 20.6a2 2 0 0 1-2.8 0L2 12V2h10l8.6 8.6a2 2 0 0 1 0 2.8zM7 7h.01',
})

/**
 * The icon as an mdast node that `mdast-util-to-hast` turns into an inline
 * `<svg aria-hidden="true">`: an empty text node (so it adds no text to
 * `mdast-util-to-string` or to the accessible name) carrying `hName`,
 * `hProperties` and `hChildren`.
 */
export function iconNode(icon: NoticeType): Text {
  const path: Element = {
    type: 'element',
    tagName: 'path',
    properties: { d: ICON_PATHS[icon] },
    children: [],
  }
  return {
    type: 'text',
    value: '',
    data: {
      hName: 'svg',
      hProperties: {
        className: ['notice-icon'],
        viewBox: '0 0 24 24',
        width: '20',
        height: '20',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '2',
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
        ariaHidden: 'true',
        focusable: 'false',
      },
      hChildren: [path],
    },
  }
}
