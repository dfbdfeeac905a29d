/**
 * The checks over the seed article, a real-world post that lives beside the
 * repository (`shared/seed/`), never in it: read at test time; where it is
 * absent, CI fails and a local run skips, saying why.
 */
import { getGuidance } from '@healthmark/cramp-guidance'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect } from 'vitest'
import { itWithSharedFile } from '../../../test/support/shared-files'
import remarkNotices from '../src/index'

describe('the checks on the seed article', () => {
  itWithSharedFile(
    'flag its claim that magnesium drops while we sleep',
    'seed/leg-cramps-article.txt',
    async (text) => {
      const processor = unified()
        .use(remarkParse)
        .use(remarkNotices, { tips: getGuidance('en'), affiliate: false })
      const file = new VFile({ path: 'leg-cramps-article.txt', value: text })
      await processor.run(processor.parse(file), file)
      const claims = file.messages.filter((message) => message.ruleId === 'unsupported-claim')
      const magnesium = claims.find((message) =>
        message.expected?.[0]?.includes('magnesium-drops-at-night'),
      )
      expect(magnesium?.actual).toMatch(/magnesium .*drops .*sleeping/)
      expect(magnesium?.source).toBe('healthmark')
      expect(magnesium?.line).toBeGreaterThan(1)
      // Its sound advice is not flagged: drinking during sport, stretching, warmth.
      expect(claims.map((message) => message.actual)).not.toContainEqual(
        expect.stringMatching(/^Stretch|drinking enough fluids/),
      )
    },
  )
})
