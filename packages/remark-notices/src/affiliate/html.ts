import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'
import { mergeRel } from './rel'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** One `<a href>` start tag found in a raw HTML string. */
export interface RawAnchor {
  /** The `href` as a browser reads it (character references decoded). */
  href: string
  /** Why the tag cannot be rewritten in place, when it cannot. */
  unwritable?: 'split' | 'template'
  /** The start tag's offsets in the string, with those of its `rel` and `data-affiliate`. */
  tag: { start: number; end: number }
  rel?: { start: number; end: number; value: string }
  data?: { start: number; end: number }
}

// Template syntax (Liquid, Hugo, Handlebars, Nunjucks) is filled in at build
// time, after this plugin ran: the final URL is not known here.
const TEMPLATE = /\{\{|\{%|\{#/

/**
 * Every `<a href>` start tag in a raw HTML string, as parse5's tokenizer sees
 * it (comments, `<script>`, quoting and character references as in a
 * browser), with source offsets so one attribute can be rewritten in place.
 * Linear in the input: a tokenizer, no backtracking pattern.
 */
export function rawHtmlAnchors(html: string): RawAnchor[] {
  // Most raw HTML (`<br>`, `<img>`, `<div>`) has no link: skip the parse.
  if (!/<a[\s/>]/i.test(html)) return []
  const anchors: RawAnchor[] = []
  let split = false
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError(error) {
      // A start tag still open at the end of the node: it continues in the next node.
      if (error.code === 'eof-in-tag') split = true
    },
  })
  collect(fragment, anchors)
  if (split) {
    // The open tag was dropped by the parser; close it to read its href.
    const seen = new Set(anchors.map((anchor) => anchor.tag.start))
    const closed: RawAnchor[] = []
    collect(parseFragment(`${html}>`, { sourceCodeLocationInfo: true }), closed)
    for (const anchor of closed) {
      if (!seen.has(anchor.tag.start)) anchors.push({ ...anchor, unwritable: 'split' })
    }
  }
  return anchors
}

function collect(node: Node, anchors: RawAnchor[]): void {
  if ('tagName' in node && node.tagName === 'a') {
    const anchor = readAnchor(node)
    if (anchor) anchors.push(anchor)
  }
  if ('childNodes' in node) for (const child of node.childNodes) collect(child, anchors)
  // `<template>` keeps its children in a separate fragment.
  if ('content' in node) collect(node.content, anchors)
}

function readAnchor(element: Element): RawAnchor | undefined {
  const location = element.sourceCodeLocation
  const href = element.attrs.find((attribute) => attribute.name === 'href')
  if (!location?.startTag || href === undefined) return undefined
  const anchor: RawAnchor = {
    href: href.value,
    tag: { start: location.startTag.startOffset, end: location.startTag.endOffset },
  }
  if (TEMPLATE.test(href.value)) anchor.unwritable = 'template'
  const rel = element.attrs.find((attribute) => attribute.name === 'rel')
  const relAt = location.attrs?.rel
  if (rel && relAt)
    anchor.rel = { start: relAt.startOffset, end: relAt.endOffset, value: rel.value }
  const dataAt = location.attrs?.['data-affiliate']
  if (dataAt) anchor.data = { start: dataAt.startOffset, end: dataAt.endOffset }
  return anchor
}

/** One change to a raw HTML string: `[start, end)` replaced by `text`. */
export interface Splice {
  start: number
  end: number
  text: string
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * The edits that give one start tag the `rel` tokens and `data-affiliate`:
 * an existing `rel` or `data-affiliate` attribute is rewritten where it
 * stands; a missing one is inserted right after the tag name. Nothing else in
 * the tag moves.
 */
export function markAnchor(anchor: RawAnchor, rel: readonly string[], network: string): Splice[] {
  const splices: Splice[] = []
  const relText = `rel="${escapeAttribute(mergeRel(anchor.rel?.value, rel).join(' '))}"`
  const dataText = `data-affiliate="${escapeAttribute(network)}"`
  const added: string[] = []
  if (anchor.rel) splices.push({ start: anchor.rel.start, end: anchor.rel.end, text: relText })
  else added.push(relText)
  if (anchor.data) splices.push({ start: anchor.data.start, end: anchor.data.end, text: dataText })
  else added.push(dataText)
  if (added.length > 0) {
    // After `<a`: valid whatever follows (whitespace, `/`, `>`).
    const at = anchor.tag.start + 2
    splices.push({ start: at, end: at, text: ` ${added.join(' ')}` })
  }
  return splices
}

/** Apply non-overlapping splices in one pass over the string. */
export function applySplices(html: string, splices: Splice[]): string {
  if (splices.length === 0) return html
  const sorted = [...splices].sort((a, b) => a.start - b.start)
  let result = ''
  let at = 0
  for (const splice of sorted) {
    result += html.slice(at, splice.start) + splice.text
    at = splice.end
  }
  return result + html.slice(at)
}
