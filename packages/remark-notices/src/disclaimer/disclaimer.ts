import type { Blockquote, Nodes } from 'mdast'
import type { VFile } from 'vfile'
import { disclaimerPreference } from '../common/front-matter'
import { insertBlock } from '../common/insert'
import { report, warnUntranslated } from '../common/messages'
import { CARE_TYPES } from '../common/notice-types'
import type { DocumentPass } from '../common/pass'
import type { Settings } from '../options/settings'

/**
 * The medical disclaimer for one file: inserted when the options or the
 * front matter ask for it and the document has no `medical` callout of its
 * own; `missing-disclaimer` when a document opts out but tells readers to
 * get care.
 */
export function createDisclaimer(
  settings: Settings,
  file: VFile,
  createNotice: (type: 'medical', markdown: string) => Blockquote,
): DocumentPass {
  let medicalNotices = 0
  let firstCareNotice: Nodes | undefined
  return {
    enter(node) {
      if (node.type !== 'blockquote' && node.type !== 'containerDirective') return
      const type = node.data?.notice?.type
      if (type === 'medical') medicalNotices++
      if (type !== undefined && CARE_TYPES.has(type)) firstCareNotice ??= node
    },
    finish(tree) {
      const { disclaimer } = settings
      const preference = disclaimerPreference(file)
      const wanted = preference === undefined ? disclaimer.insert : preference
      if (wanted !== false && medicalNotices === 0) {
        const position = typeof wanted === 'string' ? wanted : disclaimer.position
        insertBlock(tree, createNotice('medical', disclaimer.text.value), position)
        warnUntranslated(file, disclaimer.text, settings.locale)
      } else if (preference === false && medicalNotices === 0 && firstCareNotice) {
        report(
          file,
          'This document opts out of the medical disclaimer (`healthmark: { disclaimer: false }`) but tells readers when to get care; keep the disclaimer or add a `> [!MEDICAL]` callout',
          'missing-disclaimer',
          firstCareNotice,
        )
      }
    },
  }
}
