import { z } from 'zod'
import {
  HttpsUrlSchema,
  IsoDateSchema,
  LocaleSchema,
  markdownText,
  plainText,
  SemverSchema,
  SlugSchema,
  SpdxIdSchema,
} from './fields'
import { HealthTipSchema } from './health-tip'
import { RedFlagSchema } from './red-flag'
import { checkGuidanceSetRules } from './rules'

/** The condition a guidance set is about. */
export const ConditionSchema = z
  .strictObject({
    name: plainText(160),
    alternateNames: z.array(plainText(160)).min(1).optional(),
    icd10: z
      .string()
      .regex(/^[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?$/, {
        error: 'must be an ICD-10 code such as "R25.2"',
      })
      .optional(),
  })
  .meta({ id: 'Condition', title: 'Condition' })

export type Condition = z.infer<typeof ConditionSchema>

/** The person or organisation that reviewed the set. */
export const ReviewerSchema = z
  .strictObject({
    name: plainText(200),
    type: z.enum(['Person', 'Organization']).optional(),
    credentials: plainText(200).optional(),
    url: HttpsUrlSchema.optional(),
  })
  .meta({ id: 'Reviewer', title: 'Reviewer' })

export type Reviewer = z.infer<typeof ReviewerSchema>

/** The structure of a guidance set, without the rules that span fields. */
export const GuidanceSetShape = z.strictObject({
  id: SlugSchema,
  title: plainText(200),
  condition: ConditionSchema,
  locale: LocaleSchema,
  version: SemverSchema,
  lastReviewed: IsoDateSchema,
  reviewer: ReviewerSchema.optional(),
  license: SpdxIdSchema,
  disclaimer: markdownText(2000),
  tips: z.array(HealthTipSchema).min(1, { error: 'must contain at least one tip' }),
  redFlags: z.array(RedFlagSchema),
})

/**
 * A versioned, reviewed collection of tips and red flags about one condition
 * in one language. Adds the rules JSON Schema cannot say: unique ids, one
 * meaning per source id and a review date that is not in the future.
 * Extend it with `GuidanceSetShape.extend()` and re-apply the rules with
 * `.check(checkGuidanceSetRules)`.
 */
export const GuidanceSetSchema = GuidanceSetShape.check(checkGuidanceSetRules).meta({
  id: 'GuidanceSet',
  title: 'Guidance set',
})

export type GuidanceSet = z.infer<typeof GuidanceSetSchema>
