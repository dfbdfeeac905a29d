import type { EvidenceLevel } from '@healthmark/schema'
import type { Locale } from './constants'
import type { NoticeType } from './notice-types'

/** Every string the plugin writes into a document, per locale. */
export interface LocaleTexts {
  /** Default title of each built-in type. */
  titles: Readonly<Record<NoticeType, string>>
  /** Default Markdown of the medical disclaimer. */
  disclaimer: string
  /** Label before a tip's evidence level. */
  evidence: string
  /** Each evidence level in words. */
  levels: Readonly<Record<EvidenceLevel, string>>
  /** Label before a tip's sources. */
  sources: string
}

export const TEXTS: Readonly<Record<Locale, LocaleTexts>> = Object.freeze({
  en: {
    titles: {
      note: 'Note',
      tip: 'Tip',
      important: 'Important',
      warning: 'Warning',
      caution: 'Caution',
      medical: 'Medical disclaimer',
      'see-doctor': 'When to see a doctor',
      emergency: 'Emergency',
      'affiliate-disclosure': 'Affiliate disclosure',
    },
    disclaimer:
      'This article gives general information and is not medical advice. It cannot replace a diagnosis or treatment from a doctor or another qualified health professional. If a symptom worries you, ask one. In an emergency, call your local emergency number.',
    evidence: 'Evidence',
    levels: {
      strong: 'strong',
      moderate: 'moderate',
      limited: 'limited',
      insufficient: 'insufficient',
      'expert-opinion': 'expert opinion',
    },
    sources: 'Sources',
  },
  de: {
    titles: {
      note: 'Hinweis',
      tip: 'Tipp',
      important: 'Wichtig',
      warning: 'Warnung',
      caution: 'Vorsicht',
      medical: 'Medizinischer Hinweis',
      'see-doctor': 'Wann zum Arzt',
      emergency: 'Notfall',
      'affiliate-disclosure': 'Werbehinweis',
    },
    disclaimer:
      'Dieser Artikel bietet allgemeine Informationen und ist keine medizinische Beratung. Er ersetzt keine Diagnose und keine Behandlung durch eine Ärztin, einen Arzt oder andere Fachleute. Wenn Sie ein Beschwerdebild beunruhigt, fragen Sie dort nach. Im Notfall rufen Sie den Notruf.',
    evidence: 'Evidenz',
    levels: {
      strong: 'stark',
      moderate: 'mäßig',
      limited: 'begrenzt',
      insufficient: 'unzureichend',
      'expert-opinion': 'Expertenmeinung',
    },
    sources: 'Quellen',
  },
  es: {
    titles: {
      note: 'Nota',
      tip: 'Consejo',
      important: 'Importante',
      warning: 'Advertencia',
      caution: 'Precaución',
      medical: 'Aviso médico',
      'see-doctor': 'Cuándo consultar al médico',
      emergency: 'Emergencia',
      'affiliate-disclosure': 'Aviso de afiliados',
    },
    disclaimer:
      'Este artículo ofrece información general y no es un consejo médico. No sustituye el diagnóstico ni el tratamiento de un médico u otro profesional sanitario cualificado. Si un síntoma le preocupa, consúltelo. En una emergencia, llame al número de emergencias local.',
    evidence: 'Evidencia',
    levels: {
      strong: 'sólida',
      moderate: 'moderada',
      limited: 'limitada',
      insufficient: 'insuficiente',
      'expert-opinion': 'opinión de expertos',
    },
    sources: 'Fuentes',
  },
  fr: {
    titles: {
      note: 'Remarque',
      tip: 'Astuce',
      important: 'Important',
      warning: 'Avertissement',
      caution: 'Attention',
      medical: 'Avertissement médical',
      'see-doctor': 'Quand consulter un médecin',
      emergency: 'Urgence',
      'affiliate-disclosure': 'Liens affiliés',
    },
    disclaimer:
      "Cet article donne des informations générales et ne constitue pas un avis médical. Il ne remplace ni le diagnostic ni le traitement d'un médecin ou d'un autre professionnel de santé qualifié. Si un symptôme vous inquiète, consultez-en un. En cas d'urgence, appelez le numéro d'urgence local.",
    evidence: 'Niveau de preuve',
    levels: {
      strong: 'solide',
      moderate: 'modéré',
      limited: 'limité',
      insufficient: 'insuffisant',
      'expert-opinion': "avis d'experts",
    },
    sources: 'Sources',
  },
})
