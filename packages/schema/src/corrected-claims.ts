import { z } from 'zod'

/**
 * The misconception a tip corrects, as data a linter can match: regular
 * expression sources (matched case-insensitively, one sentence at a time)
 * for sentences that repeat it, in the set's language. A pattern should
 * match the claim, not the correction: "tonic water helps with cramps", not
 * "tonic water holds too little quinine to help".
 */
export const CorrectedClaimsSchema = z
  .strictObject({
    patterns: z
      .array(z.string().min(1, { error: 'must not be empty' }).max(500))
      .min(1, { error: 'must list at least one pattern' }),
  })
  .meta({ id: 'CorrectedClaims', title: 'Corrected claims' })

export type CorrectedClaims = z.infer<typeof CorrectedClaimsSchema>
