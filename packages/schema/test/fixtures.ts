import type { GuidanceSet, HealthTip, Source } from '../src/index'

// A small but complete set built from real sources in the research notes.
// Tests copy and break it; a JSON round trip gives each test its own objects
// (structuredClone would keep the shared source objects shared).

export const nhsSource: Source = {
  id: 'nhs-leg-cramps',
  title: 'Leg cramps',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/leg-cramps/',
  accessed: '2026-11-01',
}

export const mayoSource: Source = {
  id: 'mayo-cramp-dt',
  title: 'Muscle cramp: Diagnosis and treatment',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/diagnosis-treatment/drc-20350825',
  accessed: '2026-11-01',
}

export const aafpSource: Source = {
  id: 'aafp-nlc-2012',
  title: 'Nocturnal leg cramps',
  authors: 'Allen RE, Kirby KA',
  publisher: 'Am Fam Physician 86(4):350-5',
  url: 'https://pubmed.ncbi.nlm.nih.gov/22963024/',
  year: 2012,
  accessed: '2026-11-01',
}

export const stretchTip: HealthTip = {
  id: 'stretch-during-cramp',
  title: 'Stretch the cramping muscle gently',
  summary: 'Slowly stretching the tight muscle is the first thing to try while a cramp lasts.',
  body: 'For a calf cramp, straighten the leg and pull your toes *towards* you.',
  aspect: 'self-care',
  evidence: {
    level: 'expert-opinion',
    sources: [nhsSource, mayoSource],
    citations: [
      { source: 'nhs-leg-cramps', says: 'Advises stretching the muscle during a cramp.' },
      { source: 'mayo-cramp-dt', says: 'Lists stretching as self-care for a cramp.' },
    ],
    note: 'Advised by health services; not tested in trials.',
  },
  audience: ['athletes'],
  tags: ['stretching'],
}

export function validSet(): GuidanceSet {
  return JSON.parse(
    JSON.stringify({
      id: 'muscle-cramps',
      title: 'Muscle cramps',
      condition: { name: 'Muscle cramps', alternateNames: ['Leg cramps'], icd10: 'R25.2' },
      locale: 'en',
      version: '1.0.0',
      lastReviewed: '2026-11-01',
      license: 'CC-BY-4.0',
      disclaimer: 'General information, not medical advice.',
      tips: [
        stretchTip,
        {
          id: 'what-is-a-cramp',
          title: 'What a cramp is',
          summary: 'A sudden, painful tightening of a muscle that you cannot control.',
          body: 'Most cramps ease within seconds to about ten minutes.',
          aspect: 'overview',
          evidence: { level: 'expert-opinion', sources: [nhsSource, aafpSource] },
        },
      ],
      redFlags: [
        {
          id: 'leg-swelling',
          symptom: 'The leg is swollen, red or warm',
          action: 'See a doctor the same day.',
          urgency: 'urgent',
          sources: [nhsSource],
          evidenceLevel: 'expert-opinion',
        },
      ],
    } satisfies GuidanceSet),
  )
}
