import type { EvidenceLevel } from './evidence'
import type { HealthTip } from './health-tip'

/** Languages that have evidence words; any other language reads English. */
export const EVIDENCE_WORD_LANGUAGES = ['en', 'de', 'es', 'fr'] as const

export type EvidenceWordLanguage = (typeof EVIDENCE_WORD_LANGUAGES)[number]

/** How sure a tip is, in a reader's words, for one language. */
export interface EvidenceWords {
  /** Lead before the words: "Evidence", „Wissensstand" … */
  lead: string
  /** Each level in a reader's words ("Some evidence"), never the raw value. */
  levels: Readonly<Record<EvidenceLevel, string>>
  /**
   * Each level for a myth (aspect `misconceptions`): there the level grades
   * the evidence *against* the popular claim, so the words must say so; a bare
   * "Some evidence" would read as support for the myth.
   */
  against: Readonly<Record<EvidenceLevel, string>>
}

/**
 * The one place evidence levels are put into words, per language. Every
 * Healthmark package that shows a level to readers takes its words from here.
 */
export const EVIDENCE_WORDS: Readonly<Record<EvidenceWordLanguage, EvidenceWords>> = Object.freeze({
  en: {
    lead: 'Evidence',
    levels: {
      strong: 'Good evidence',
      moderate: 'Some evidence',
      limited: 'Weak or conflicting evidence',
      insufficient: 'Not enough evidence',
      'expert-opinion': 'Based on expert guidance',
    },
    against: {
      strong: 'Good evidence against the popular claim',
      moderate: 'Some evidence against the popular claim',
      limited: 'Weak evidence against the popular claim',
      insufficient: 'No good evidence for the popular claim',
      'expert-opinion': 'Expert guidance advises against it',
    },
  },
  de: {
    lead: 'Wissensstand',
    levels: {
      strong: 'Gute Belege',
      moderate: 'Einige Belege',
      limited: 'Schwache oder widersprüchliche Belege',
      insufficient: 'Nicht genug Belege',
      'expert-opinion': 'Beruht auf fachlichen Empfehlungen',
    },
    against: {
      strong: 'Gute Belege gegen die verbreitete Annahme',
      moderate: 'Einige Belege gegen die verbreitete Annahme',
      limited: 'Schwache Belege gegen die verbreitete Annahme',
      insufficient: 'Keine guten Belege für die verbreitete Annahme',
      'expert-opinion': 'Fachliche Empfehlungen raten davon ab',
    },
  },
  es: {
    lead: 'Qué se sabe',
    levels: {
      strong: 'Pruebas sólidas',
      moderate: 'Algunas pruebas',
      limited: 'Pruebas débiles o contradictorias',
      insufficient: 'No hay pruebas suficientes',
      'expert-opinion': 'Basado en recomendaciones de expertos',
    },
    against: {
      strong: 'Pruebas sólidas en contra de la creencia popular',
      moderate: 'Algunas pruebas en contra de la creencia popular',
      limited: 'Pruebas débiles en contra de la creencia popular',
      insufficient: 'No hay buenas pruebas a favor de la creencia popular',
      'expert-opinion': 'Los expertos lo desaconsejan',
    },
  },
  fr: {
    lead: 'Ce que l’on sait',
    levels: {
      strong: 'Preuves solides',
      moderate: 'Quelques preuves',
      limited: 'Preuves faibles ou contradictoires',
      insufficient: 'Pas assez de preuves',
      'expert-opinion': 'Fondé sur l’avis d’experts',
    },
    against: {
      strong: 'Preuves solides contre l’idée reçue',
      moderate: 'Quelques preuves contre l’idée reçue',
      limited: 'Preuves faibles contre l’idée reçue',
      insufficient: 'Pas de bonne preuve en faveur de l’idée reçue',
      'expert-opinion': 'Les experts le déconseillent',
    },
  },
})

/** The words for a BCP 47 tag: `de-AT` gets `de`; a language we lack gets `en`. */
export function evidenceWordsFor(locale = 'en'): EvidenceWords {
  const language = String(locale).toLowerCase().split(/[-_]/, 1)[0] ?? ''
  // `hasOwn`, so a tag such as `constructor` cannot reach Object's prototype.
  return Object.hasOwn(EVIDENCE_WORDS, language)
    ? EVIDENCE_WORDS[language as EvidenceWordLanguage]
    : EVIDENCE_WORDS.en
}

/**
 * How sure a tip is, in a reader's words and language: "Some evidence",
 * "Based on expert guidance" … For a myth (aspect `misconceptions`) the words
 * say which way the evidence points: "Some evidence against the popular claim".
 *
 * @throws {TypeError} when `tip` has no evidence level.
 */
export function evidenceLabel(tip: Pick<HealthTip, 'aspect' | 'evidence'>, locale = 'en'): string {
  const level = tip?.evidence?.level
  const words = evidenceWordsFor(locale)
  if (typeof level !== 'string' || !Object.hasOwn(words.levels, level)) {
    throw new TypeError(
      'evidenceLabel: argument `tip` must be a health tip with `evidence.level` (one of the evidence levels)',
    )
  }
  return (tip.aspect === 'misconceptions' ? words.against : words.levels)[level]
}
