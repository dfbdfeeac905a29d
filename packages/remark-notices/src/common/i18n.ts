import type { Locale } from './constants'
import type { NoticeType } from './notice-types'

/**
 * Every string the plugin writes into a document, per locale: the one place
 * each built-in text is written. Evidence levels are put into words by
 * `@healthmark/schema` (`evidenceLabel`), shared with the dataset.
 */
export interface LocaleTexts {
  /** Default title of each built-in type. */
  titles: Readonly<Record<NoticeType, string>>
  /** Default Markdown of the medical disclaimer. */
  disclaimer: string
  /** Label before a tip's sources. */
  sources: string
  /**
   * Default Markdown of the affiliate disclosure. Plain words ("ads",
   * "Werbung") up front because the UK ASA and the FTC ask for them, not only
   * "affiliate"; the last sentence is for health sites, whose readers need to
   * know the commission does not steer the medical content.
   */
  disclosure: string
}

export const TEXTS: Readonly<Record<Locale, LocaleTexts>> = Object.freeze({
  en: {
    titles: {
      note: 'Note',
      tip: 'Tip',
      important: 'Important',
      warning: 'Warning',
      caution: 'Caution',
      abstract: 'Abstract',
      todo: 'To do',
      success: 'Success',
      question: 'Question',
      failure: 'Failure',
      bug: 'Bug',
      example: 'Example',
      quote: 'Quote',
      medical: 'Medical disclaimer',
      'see-doctor': 'When to see a doctor',
      emergency: 'Emergency',
      'affiliate-disclosure': 'Affiliate disclosure',
    },
    disclaimer:
      'This article gives general information and is not medical advice. It cannot replace a diagnosis or treatment from a doctor or another qualified health professional. If a symptom worries you, ask one. In an emergency, call your local emergency number.',
    sources: 'Sources',
    disclosure:
      'This page contains affiliate links, which are ads: if you buy through one of them, we may earn a commission at no extra cost to you. Commissions never shape our health content.',
  },
  de: {
    titles: {
      note: 'Hinweis',
      tip: 'Tipp',
      important: 'Wichtig',
      warning: 'Warnung',
      caution: 'Vorsicht',
      abstract: 'Zusammenfassung',
      todo: 'Aufgabe',
      success: 'Erfolg',
      question: 'Frage',
      failure: 'Fehlschlag',
      bug: 'Fehler',
      example: 'Beispiel',
      quote: 'Zitat',
      medical: 'Medizinischer Hinweis',
      'see-doctor': 'Wann zum Arzt',
      emergency: 'Notfall',
      'affiliate-disclosure': 'Werbehinweis',
    },
    disclaimer:
      'Dieser Artikel bietet allgemeine Informationen und ist keine medizinische Beratung. Er ersetzt keine Diagnose und keine Behandlung durch eine Ärztin, einen Arzt oder andere Fachleute. Wenn Sie ein Beschwerdebild beunruhigt, fragen Sie dort nach. Im Notfall rufen Sie den Notruf.',
    sources: 'Quellen',
    disclosure:
      'Diese Seite enthält Affiliate-Links (Werbung): Kaufst du über einen davon ein, erhalten wir eine Provision. Der Preis bleibt für dich gleich, und unsere Gesundheitsinhalte bleiben davon unbeeinflusst.',
  },
  es: {
    titles: {
      note: 'Nota',
      tip: 'Consejo',
      important: 'Importante',
      warning: 'Advertencia',
      caution: 'Precaución',
      abstract: 'Resumen',
      todo: 'Pendiente',
      success: 'Éxito',
      question: 'Pregunta',
      failure: 'Fallo',
      bug: 'Error',
      example: 'Ejemplo',
      quote: 'Cita',
      medical: 'Aviso médico',
      'see-doctor': 'Cuándo consultar al médico',
      emergency: 'Emergencia',
      'affiliate-disclosure': 'Aviso de afiliados',
    },
    disclaimer:
      'Este artículo ofrece información general y no es un consejo médico. No sustituye el diagnóstico ni el tratamiento de un médico u otro profesional sanitario cualificado. Si un síntoma le preocupa, consúltelo. En una emergencia, llame al número de emergencias local.',
    sources: 'Fuentes',
    disclosure:
      'Esta página contiene enlaces de afiliado (publicidad): si compras a través de uno de ellos, podemos recibir una comisión sin coste adicional para ti. Las comisiones nunca influyen en nuestros contenidos de salud.',
  },
  fr: {
    titles: {
      note: 'Remarque',
      tip: 'Astuce',
      important: 'Important',
      warning: 'Avertissement',
      caution: 'Attention',
      abstract: 'Résumé',
      todo: 'À faire',
      success: 'Succès',
      question: 'Question',
      failure: 'Échec',
      bug: 'Bogue',
      example: 'Exemple',
      quote: 'Citation',
      medical: 'Avertissement médical',
      'see-doctor': 'Quand consulter un médecin',
      emergency: 'Urgence',
      'affiliate-disclosure': 'Liens affiliés',
    },
    disclaimer:
      "Cet article donne des informations générales et ne constitue pas un avis médical. Il ne remplace ni le diagnostic ni le traitement d'un médecin ou d'un autre professionnel de santé qualifié. Si un symptôme vous inquiète, consultez-en un. En cas d'urgence, appelez le numéro d'urgence local.",
    sources: 'Sources',
    disclosure:
      'Cette page contient des liens affiliés (publicité)\u00a0: si vous achetez via l’un d’eux, nous pouvons toucher une commission, sans surcoût pour vous. Ces commissions n’influencent jamais nos contenus santé.',
  },
})

/** Text in one language for every locale, or per locale. */
export type LocalizedText = string | Partial<Record<Locale, string>>

/** A text resolved for the processor's locale. */
export interface LocalText {
  value: string
  /** Whether `value` is the user's text (else the built-in one). */
  custom: boolean
  /**
   * The option's path when the user customised the text but not for this
   * locale: the built-in text is used and `missing-translation` is reported.
   */
  untranslated?: string | undefined
}

/**
 * The one localisation rule: the user's text for the locale (a plain string
 * counts for every locale); else the built-in text for the locale, flagged as
 * untranslated when the user customised the text for other locales only.
 */
export function localize(
  user: LocalizedText | null | undefined,
  builtIn: string,
  locale: Locale,
  option: string,
): LocalText {
  if (user === null || user === undefined) return { value: builtIn, custom: false }
  const own = typeof user === 'string' ? user : user[locale]
  if (own !== undefined) return { value: own, custom: true }
  return { value: builtIn, custom: false, untranslated: option }
}
