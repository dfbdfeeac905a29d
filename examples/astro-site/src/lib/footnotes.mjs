/**
 * `remark-rehype` options for the guide's footnotes (its sources) in the
 * page's language. The label is left visible: on a guide page the list of
 * sources is content, not a screen-reader-only extra.
 *
 * @param {'en' | 'de'} locale
 * @returns {import('remark-rehype').Options}
 */
export function footnoteOptions(locale) {
  const de = locale === 'de'
  return {
    footnoteLabel: de ? 'Quellen' : 'Sources',
    footnoteLabelProperties: {},
    // Same shape as remark-rehype's default: a source cited several times gets
    // "1-2", "1-3", … so each back link's name contains its visible number.
    footnoteBackLabel: (index, rereference) => {
      const label = `${index + 1}${rereference > 1 ? `-${rereference}` : ''}`
      return de ? `Zurück zum Verweis ${label}` : `Back to reference ${label}`
    },
  }
}
