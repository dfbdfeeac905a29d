// Public API of @healthmark/cramp-guidance. Per-locale entry points live in
// `en.ts` and `de.ts` (`@healthmark/cramp-guidance/en`, `/de`).
export type {
  Aspect,
  Evidence,
  EvidenceLevel,
  GuidanceSet,
  HealthTip,
  RedFlag,
  Source,
  Urgency,
} from '@healthmark/schema'
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
