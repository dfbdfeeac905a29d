import type { Paragraph } from 'mdast'
import type { Locale } from '../common/constants'
import type { LocalText } from '../common/i18n'

/** Language of an Amazon storefront's required statement. */
export type AmazonStatementLanguage = Locale

/**
 * Amazon's statements, verbatim as its programmes publish them (first person),
 * and the same sentence with the site as subject for `siteName`. The English
 * one keeps Amazon's required words "As an Amazon Associate" and "earn(s) from
 * qualifying purchases". Never machine-translated: each storefront's own text.
 */
const AMAZON_STATEMENTS: Readonly<
  Record<
    AmazonStatementLanguage,
    {
      firstPerson: string
      site: (name: string) => string
      /** The words the statement cannot do without (first person or site form alike). */
      pattern: RegExp
    }
  >
> = {
  en: {
    pattern: /\bAs an Amazon Associate\b/i,
    firstPerson: 'As an Amazon Associate I earn from qualifying purchases.',
    site: (name) => `As an Amazon Associate, ${name} earns from qualifying purchases.`,
  },
  de: {
    pattern: /\bAls Amazon-Partner\b/i,
    firstPerson: 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
    site: (name) => `Als Amazon-Partner verdient ${name} an qualifizierten Verkäufen.`,
  },
  es: {
    pattern: /\bAfiliad[oa] de Amazon\b/i,
    firstPerson:
      'En calidad de Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables.',
    site: (name) =>
      `En calidad de Afiliado de Amazon, ${name} obtiene ingresos por las compras adscritas que cumplen los requisitos aplicables.`,
  },
  fr: {
    pattern: /\bPartenaire Amazon\b/i,
    firstPerson:
      'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.',
    site: (name) =>
      `En tant que Partenaire Amazon, ${name} réalise un bénéfice sur les achats remplissant les conditions requises.`,
  },
}

/** Storefronts whose programme publishes its own statement; all others use Amazon.com's. */
const STOREFRONT_LANGUAGE: Readonly<Record<string, AmazonStatementLanguage>> = {
  'amazon.de': 'de',
  'amazon.es': 'es',
  'amazon.fr': 'fr',
}

/**
 * Which statement a link to Amazon needs: chosen by the storefront the link
 * goes to, not by the page's language. Short links (`amzn.to` …) and cloakers
 * (`serp.ly/@user/amazon/…`) do not show their storefront, so they use the
 * page's locale.
 */
export function amazonStatementLanguage(host: string, pageLocale: Locale): AmazonStatementLanguage {
  const storefront = host.replace(/^(?:www|smile|m)\./, '')
  if (!storefront.startsWith('amazon.')) return pageLocale
  return STOREFRONT_LANGUAGE[storefront] ?? 'en'
}

/** One Amazon statement, with `siteName` when given. */
export function amazonStatement(language: AmazonStatementLanguage, siteName?: string): string {
  const statement = AMAZON_STATEMENTS[language]
  return siteName === undefined ? statement.firstPerson : statement.site(siteName)
}

/** Whether `text` contains one of Amazon's statements, in `language` or in any. */
export function hasAmazonStatement(text: string, language?: AmazonStatementLanguage): boolean {
  const statements =
    language === undefined ? Object.values(AMAZON_STATEMENTS) : [AMAZON_STATEMENTS[language]]
  return statements.some((statement) => statement.pattern.test(text))
}

/**
 * Which statements a page needs: one language per Amazon link, in order of
 * the first link that needs each.
 */
export function amazonLanguages(
  links: ReadonlyArray<{ network: string; host: string }>,
  pageLocale: Locale,
): AmazonStatementLanguage[] {
  const languages: AmazonStatementLanguage[] = []
  for (const link of links) {
    if (link.network !== 'amazon') continue
    const language = amazonStatementLanguage(link.host, pageLocale)
    if (!languages.includes(language)) languages.push(language)
  }
  return languages
}

/**
 * The Amazon statements a disclosure still needs, as one paragraph node: each
 * distinct statement the text does not already carry. Built as mdast, never
 * appended to the Markdown, so a custom text that leaves a code fence or HTML
 * block open cannot swallow Amazon's required statement, and a site name such
 * as `<Cramp*Care>` stays text.
 */
export function statementParagraph(
  text: LocalText,
  siteName: string | undefined,
  amazon: readonly AmazonStatementLanguage[],
): Paragraph | undefined {
  const statements: string[] = []
  for (const language of amazon) {
    const statement = amazonStatement(language, siteName)
    if (statements.includes(statement)) continue
    // A custom text that already makes this storefront's statement keeps it as written.
    if (text.custom && hasAmazonStatement(text.value, language)) continue
    statements.push(statement)
  }
  if (statements.length === 0) return undefined
  return { type: 'paragraph', children: [{ type: 'text', value: statements.join(' ') }] }
}
