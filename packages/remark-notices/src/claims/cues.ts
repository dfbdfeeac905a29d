import type { Locale } from '../common/constants'

/**
 * Words that turn a sentence that mentions a myth into one that corrects or
 * reports it. `sentence` cues clear the whole sentence ("It is a myth
 * that …"); `clause` cues clear only the clause the claim is in, so "Quinine
 * is risky, but tonic water helps with cramps" is still caught. Precision
 * over recall: a correction must never be flagged, and a claim phrased with
 * a negation may slip through.
 */
export interface ClaimCues {
  sentence: RegExp
  clause: RegExp
}

const words = (list: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${list.join('|')})(?=$|[^\\p{L}])`, 'iu')

export const CLAIM_CUES: Readonly<Record<Locale, ClaimCues>> = Object.freeze({
  en: {
    sentence: words([
      'myths?',
      'misconceptions?',
      'misleading',
      'not true',
      'untrue',
      'false',
      'no (?:good |solid |real |clear )?(?:evidence|proof|basis|support|sources?)',
      'none of (?:the|our|its|these) sources',
      'little (?:evidence|proof)',
      'debunked',
      'old wives',
    ]),
    clause: words([
      'not',
      'no',
      'never',
      'nor',
      'neither',
      'none',
      'nothing',
      'cannot',
      "\\p{L}+n[’']t",
      'no longer',
      'without',
      'too (?:little|small|low|slow|weak)',
      'rather than',
      'instead of',
      'unlikely',
      'doubtful',
      'avoid',
      'warns?',
      'warned',
      'dangerous',
      'risky',
      'believed?',
      'believes',
      'claims?',
      'claimed',
      'supposedly',
      'allegedly',
      'popular idea',
      'idea that',
      'they say',
      'people say',
      'is said',
      'are said',
      'whether',
      // "if low magnesium were the cause, …": a supposition, not a claim.
      'were',
    ]),
  },
  de: {
    sentence: words([
      'Mythos',
      'Mythen',
      'Irrtum',
      'Irrglaube',
      'Ammenmärchen',
      'falsch',
      'widerlegt',
      'nicht belegt',
      'nicht bewiesen',
      'nicht nachgewiesen',
      // „Studien haben nicht gezeigt, dass …“: the comma before „dass“ would
      // put the negation in another clause.
      'nicht gezeigt',
      'nicht erwiesen',
      'keine (?:guten |belastbaren |sicheren )?(?:Belege|Beweise|Hinweise|Grundlage)',
      'unbelegt',
    ]),
    clause: words([
      'nicht',
      'kein',
      'keine',
      'keinen',
      'keinem',
      'keiner',
      'nie',
      'niemals',
      'weder',
      'nichts',
      'ohne',
      'nicht mehr',
      'zu wenig',
      'zu gering',
      'statt',
      'anstatt',
      'kaum',
      'unwahrscheinlich',
      'abgeraten',
      'warnt',
      'warnen',
      'gefährlich',
      'riskant',
      'glauben',
      'glaubt',
      'geglaubt',
      'behaupten',
      'behauptet',
      'angeblich',
      'vermeintlich',
      'heißt es',
      'Vorstellung',
      'Annahme',
      'ob',
      'wäre',
      'wären',
    ]),
  },
  es: {
    sentence: words([
      'mitos?',
      'falso',
      'no hay (?:pruebas|evidencia)',
      'sin (?:pruebas|evidencia)',
    ]),
    clause: words([
      'no',
      'nunca',
      'ni',
      'sin',
      'ya no',
      'demasiado poc[oa]',
      'en lugar de',
      'evite',
      'se cree',
      'supuestamente',
    ]),
  },
  fr: {
    sentence: words(['mythes?', 'idée reçue', 'faux', 'aucune preuve', 'pas de preuve']),
    clause: words([
      'ne',
      'pas',
      'jamais',
      'ni',
      'sans',
      'plus',
      'trop peu',
      'au lieu de',
      'évitez',
      'on croit',
      'prétendument',
    ]),
  },
})
