import { z } from 'zod'
import { HttpsUrlSchema, IsoDateSchema, plainText, SlugSchema } from './fields'

/**
 * How well the research backs a claim, strongest first. Definitions follow
 * GRADE-style wording; see the README's "Evidence levels" section.
 */
export const EVIDENCE_LEVELS = [
  'strong',
  'moderate',
  'limited',
  'insufficient',
  'expert-opinion',
] as const

export const EvidenceLevelSchema = z.enum(EVIDENCE_LEVELS)

/** One of {@link EVIDENCE_LEVELS}. */
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>

/** A public, citable source: a health-service page, a guideline or a study. */
export const SourceSchema = z
  .strictObject({
    id: SlugSchema.optional(),
    title: plainText(300),
    publisher: plainText(200),
    url: HttpsUrlSchema,
    year: z.int().min(1900).max(2100),
    accessed: IsoDateSchema.optional(),
  })
  .meta({ id: 'Source', title: 'Source', description: 'A public, citable source.' })

export type Source = z.infer<typeof SourceSchema>

/** The evidence behind a claim: its level, the sources, and what it does and does not show. */
export const EvidenceSchema = z
  .strictObject({
    level: EvidenceLevelSchema,
    sources: z.array(SourceSchema).min(1, { error: 'must list at least one source' }),
    note: plainText(1000).optional(),
  })
  .meta({ id: 'Evidence', title: 'Evidence' })

export type Evidence = z.infer<typeof EvidenceSchema>
