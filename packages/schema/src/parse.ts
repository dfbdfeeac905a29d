import type { z } from 'zod'
import { fromZodError, type HealthmarkValidationError } from './errors'
import { type GuidanceSet, GuidanceSetSchema } from './guidance-set'
import { type HealthTip, HealthTipSchema } from './health-tip'

/** What the `safeParse…` functions return. */
export type SafeParseResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: HealthmarkValidationError }

function safeParseWith<T>(schema: z.ZodType<T>, what: string, input: unknown): SafeParseResult<T> {
  // reportInput lets the error text tell a missing field from a wrong type.
  const result = schema.safeParse(input, { reportInput: true })
  if (result.success) return { success: true, data: result.data }
  return { success: false, error: fromZodError(what, result.error) }
}

function parseWith<T>(schema: z.ZodType<T>, what: string, input: unknown): T {
  const result = safeParseWith(schema, what, input)
  if (!result.success) throw result.error
  return result.data
}

/** Validate a guidance set; returns a result instead of throwing. */
export function safeParseGuidanceSet(input: unknown): SafeParseResult<GuidanceSet> {
  return safeParseWith(GuidanceSetSchema, 'guidance set', input)
}

/**
 * Validate a guidance set.
 * @throws {HealthmarkValidationError} listing every problem with its path.
 */
export function parseGuidanceSet(input: unknown): GuidanceSet {
  return parseWith(GuidanceSetSchema, 'guidance set', input)
}

/** Validate one health tip; returns a result instead of throwing. */
export function safeParseHealthTip(input: unknown): SafeParseResult<HealthTip> {
  return safeParseWith(HealthTipSchema, 'health tip', input)
}

/**
 * Validate one health tip.
 * @throws {HealthmarkValidationError} listing every problem with its path.
 */
export function parseHealthTip(input: unknown): HealthTip {
  return parseWith(HealthTipSchema, 'health tip', input)
}
