import { z } from 'zod'
import { AspectSchema } from './aspects'
import { CorrectedClaimsSchema } from './corrected-claims'
import { EvidenceSchema } from './evidence'
import { markdownText, plainText, SlugSchema } from './fields'

/** One piece of guidance with its evidence. */
export const HealthTipSchema = z
  .strictObject({
    id: SlugSchema,
    title: plainText(160),
    summary: plainText(400),
    body: markdownText(5000),
    aspect: AspectSchema,
    evidence: EvidenceSchema,
    audience: z.array(SlugSchema).min(1).optional(),
    tags: z.array(SlugSchema).optional(),
    /** Sentences that repeat the misconception this tip corrects. */
    corrects: CorrectedClaimsSchema.optional(),
  })
  .meta({ id: 'HealthTip', title: 'Health tip' })

export type HealthTip = z.infer<typeof HealthTipSchema>
