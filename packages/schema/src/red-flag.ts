import { z } from 'zod'
import { CitationSchema, EvidenceLevelSchema, SourceSchema } from './evidence'
import { plainText, SlugSchema } from './fields'

/** How soon a person with this red flag should get professional care. */
export const URGENCIES = ['emergency', 'urgent', 'routine'] as const

export const UrgencySchema = z.enum(URGENCIES)

/** One of {@link URGENCIES}. */
export type Urgency = z.infer<typeof UrgencySchema>

/** A symptom or situation that needs professional care, and what to do about it. */
export const RedFlagSchema = z
  .strictObject({
    id: SlugSchema,
    symptom: plainText(300),
    action: plainText(500),
    urgency: UrgencySchema,
    sources: z.array(SourceSchema).min(1, { error: 'must list at least one source' }),
    // What each source says on this sign, as in `Evidence.citations`.
    citations: z.array(CitationSchema).min(1).optional(),
    // Optional addition to the contract: red flags are usually
    // guidance without trials behind them, and readers deserve to know that.
    evidenceLevel: EvidenceLevelSchema.optional(),
  })
  .meta({ id: 'RedFlag', title: 'Red flag' })

export type RedFlag = z.infer<typeof RedFlagSchema>
