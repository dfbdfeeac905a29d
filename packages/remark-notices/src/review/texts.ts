import type { Locale } from '../common/constants'

/** The byline's words in one language. */
export interface ReviewTexts {
  /** Before the reviewers' names. */
  reviewedBy: string
  /** Before the review date. */
  lastReviewed: string
  /** Locale for `Intl.DateTimeFormat` and `Intl.ListFormat`. */
  format: string
}

/** "Medically reviewed by … · Last reviewed …" per locale. */
export const REVIEW_TEXTS: Readonly<Record<Locale, ReviewTexts>> = Object.freeze({
  // Day-month-year: "1 October 2026" reads the same on both sides of the Atlantic.
  en: { reviewedBy: 'Medically reviewed by', lastReviewed: 'Last reviewed', format: 'en-GB' },
  de: { reviewedBy: 'Medizinisch geprüft von', lastReviewed: 'Zuletzt geprüft am', format: 'de' },
  es: { reviewedBy: 'Revisado médicamente por', lastReviewed: 'Última revisión:', format: 'es' },
  fr: { reviewedBy: 'Relu médicalement par', lastReviewed: 'Dernière relecture le', format: 'fr' },
})
