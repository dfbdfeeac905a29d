import type { Aspect, Urgency } from '@healthmark/schema'
import { lookupLocale } from '../match-locale'

/** The words `toMarkdown` adds around the data, per language. */
export interface PageLabels {
  /** `##` heading of each aspect's section. */
  aspects: Record<Aspect, string>
  /** Before the date a live page was last checked, in the source list. */
  accessed: string
  /** Title of the callout that groups the red flags of one urgency. */
  urgencies: Record<Urgency, string>
  lastReviewed: string
  version: string
  license: string
  /** Heading of the footnotes, which list the sources. */
  sources: string
  /** Accessible name of a footnote's back link, before its number. */
  backToReference: string
}

const en: PageLabels = {
  aspects: {
    overview: 'Overview',
    symptoms: 'Symptoms',
    causes: 'Causes',
    'risk-factors': 'Who gets them more often',
    'self-care': 'What you can do yourself',
    'see-doctor': 'When to see a doctor',
    prevention: 'Prevention',
    treatments: 'Treatments a doctor may consider',
    misconceptions: 'Myths and misconceptions',
    pregnancy: 'Pregnancy',
    'living-with': 'Living with it',
  },
  accessed: 'checked',
  urgencies: {
    emergency: 'Emergency: call your emergency number now',
    urgent: 'Get medical advice today',
    routine: 'Make an appointment with a doctor',
  },
  lastReviewed: 'Last reviewed',
  version: 'Version',
  license: 'Licence',
  sources: 'Sources',
  backToReference: 'Back to reference',
}

const de: PageLabels = {
  aspects: {
    overview: 'Überblick',
    symptoms: 'Beschwerden',
    causes: 'Ursachen',
    'risk-factors': 'Wer häufiger betroffen ist',
    'self-care': 'Was Sie selbst tun können',
    'see-doctor': 'Wann Sie ärztliche Hilfe brauchen',
    prevention: 'Vorbeugen',
    treatments: 'Behandlungen, die eine Ärztin oder ein Arzt erwägen kann',
    misconceptions: 'Irrtümer und Mythen',
    pregnancy: 'Schwangerschaft',
    'living-with': 'Leben mit der Erkrankung',
  },
  accessed: 'geprüft am',
  urgencies: {
    emergency: 'Notfall: sofort den Notruf wählen (112; in Österreich und der Schweiz 144)',
    urgent: 'Noch heute ärztlichen Rat einholen',
    routine: 'Einen Termin in der Arztpraxis vereinbaren',
  },
  lastReviewed: 'Zuletzt geprüft',
  version: 'Version',
  license: 'Lizenz',
  sources: 'Quellen',
  backToReference: 'Zurück zum Verweis',
}

/** Labels per language; any other language uses `en`. */
export const PAGE_LABELS = Object.freeze({ en, de })

/** The labels for a set's locale: `de-AT` gets `de`, a language we lack gets `en`. */
export function labelsFor(locale: string): PageLabels {
  const languages = Object.keys(PAGE_LABELS) as Array<keyof typeof PAGE_LABELS>
  return PAGE_LABELS[lookupLocale(locale, languages) ?? 'en']
}
