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
// Evidence words live in @healthmark/schema, the one place every package
// takes them from; re-exported so dataset users need one import.
export { evidenceLabel } from '@healthmark/schema'
export { crampGuidance } from './en'
export { getGuidance, getTip, redFlags, tipsByAspect } from './guidance'
export {
  type AvailableLocale,
  availableLocales,
  type LocaleResolution,
  resolveLocale,
} from './locales'
export { type FootnoteOptions, footnoteOptions } from './markdown/footnote-options'
export { toMarkdown } from './markdown/to-markdown'
