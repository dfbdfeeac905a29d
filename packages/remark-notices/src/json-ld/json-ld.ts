import type { ArticleJsonLd, HealthTip } from '@healthmark/schema'
import type { VFile } from 'vfile'
import type { DocumentPass } from '../common/pass'
import type { ArticleMetadata } from '../review/metadata'
import { articleJsonLd } from './article'
import { jsonLdScript } from './script'

/** What the plugin puts on `file.data.healthmark`. */
export interface HealthmarkData {
  /** The article's schema.org `MedicalWebPage`, with `jsonLd: 'data'` or `'inline'`. */
  jsonLd?: ArticleJsonLd | undefined
}

declare module 'vfile' {
  interface DataMap {
    healthmark: HealthmarkData
  }
}

/**
 * The article's JSON-LD for one file: the tips it shows are collected as the
 * tree is walked, then the `MedicalWebPage` goes on
 * `file.data.healthmark.jsonLd` and, with `'inline'`, into the document as
 * its last block.
 */
export function createJsonLd(
  mode: 'data' | 'inline',
  locale: string,
  file: VFile,
  metadata: ArticleMetadata,
  tips: ReadonlyMap<string, HealthTip>,
): DocumentPass {
  const used: HealthTip[] = []
  return {
    enter(node) {
      const id = node.type === 'blockquote' ? node.data?.healthTip : undefined
      const tip = id === undefined ? undefined : tips.get(id)
      if (tip) used.push(tip)
    },
    finish(tree) {
      const title = metadata.title
      const jsonLd = articleJsonLd(tree, {
        title,
        locale,
        review: metadata.review,
        condition: metadata.condition,
        tips: used,
      })
      file.data.healthmark = { ...file.data.healthmark, jsonLd }
      if (mode === 'inline') tree.children.push(jsonLdScript(jsonLd))
    },
  }
}
