// Public API of @healthmark/cramp-guidance. Per-locale entry points live in
// `en.ts` and `de.ts` (`@healthmark/cramp-guidance/en`, `/de`); what each
// source says lives in `citations.ts` (`@healthmark/cramp-guidance/citations`).
export type {
  Aspect,
  Citation,
  Evidence,
  EvidenceLevel,
  GuidanceSet,
  HealthTip,
  RedFlag,
  Source,
  Urgency,
} from '@healthmark/schema'
export { crampGuidance } from './en'
export { evidenceLabel } from './evidence-label'
export { getGuidance, getTip, redFlags, tipsByAspect } from './guidance'
export {
  type AvailableLocale,
  availableLocales,
  type LocaleResolution,
  resolveLocale,
} from './locales'
export { toMarkdown } from './markdown/to-markdown'
