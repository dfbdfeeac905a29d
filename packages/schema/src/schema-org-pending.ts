/**
 * `HealthTopicContent`, `hasHealthAspect` and `HealthAspectEnumeration` live
 * in schema.org's "new" area (formerly "pending"): not core, and free to
 * change. `schema-dts` covers them today but may rename or drop them, so the
 * few terms we emit are declared here, narrowly, on top of `schema-dts`.
 */
import type { CreativeWork } from 'schema-dts'

/** The members of schema.org's `HealthAspectEnumeration` that Healthmark emits. */
export type HealthAspect =
  | 'OverviewHealthAspect'
  | 'SymptomsHealthAspect'
  | 'CausesHealthAspect'
  | 'SelfCareHealthAspect'
  | 'TreatmentsHealthAspect'
  | 'PreventionHealthAspect'
  | 'SeeDoctorHealthAspect'
  | 'MisconceptionsHealthAspect'
  | 'LivingWithHealthAspect'
  | 'PregnancyHealthAspect'

/** A `HealthTopicContent` node as Healthmark writes it. */
export interface HealthTopicContent {
  '@type': 'HealthTopicContent'
  '@id'?: string
  name: string
  text?: string
  hasHealthAspect: `https://schema.org/${HealthAspect}`
  citation?: CreativeWork[]
}
