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

/**
 * A public, citable source: a health-service page, a guideline or a study.
 * Written the way a reference list names it: `authors` apart from the
 * `publisher` (the journal for an article), and `year` only when the source
 * was published in a known year; a live page has no `year`, only the date it
 * was last checked (`accessed`).
 */
export const SourceSchema = z
  .strictObject({
    id: SlugSchema.optional(),
    title: plainText(300),
    authors: plainText(300).optional(),
    publisher: plainText(200),
    url: HttpsUrlSchema,
    year: z.int().min(1900).max(2100).optional(),
    accessed: IsoDateSchema.optional(),
  })
  .meta({ id: 'Source', title: 'Source', description: 'A public, citable source.' })

export type Source = z.infer<typeof SourceSchema>

/**
 * Why one source is cited for one claim: the source's `id` and `says`, one
 * sentence in the author's own words of what that source states on the
 * point (never a quote).
 */
export const CitationSchema = z
  .strictObject({
    source: SlugSchema,
    says: plainText(400),
  })
  .meta({ id: 'Citation', title: 'Citation' })

export type Citation = z.infer<typeof CitationSchema>

/**
 * The evidence behind a claim: its level, the sources, optionally what each
 * source says on the point (`citations`), and the reviewer's reasoning
 * (`note`, written for editors rather than readers).
 */
export const EvidenceSchema = z
  .strictObject({
    level: EvidenceLevelSchema,
    sources: z.array(SourceSchema).min(1, { error: 'must list at least one source' }),
    citations: z.array(CitationSchema).min(1).optional(),
    note: plainText(1000).optional(),
  })
  .meta({ id: 'Evidence', title: 'Evidence' })

export type Evidence = z.infer<typeof EvidenceSchema>
