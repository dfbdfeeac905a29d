import { z } from 'zod'

/** The part of a health topic a tip speaks to. */
export const ASPECTS = [
  'overview',
  'symptoms',
  'causes',
  'risk-factors',
  'self-care',
  'treatments',
  'prevention',
  'see-doctor',
  'misconceptions',
  'living-with',
  'pregnancy',
] as const

export const AspectSchema = z.enum(ASPECTS)

/** One of {@link ASPECTS}. */
export type Aspect = z.infer<typeof AspectSchema>
