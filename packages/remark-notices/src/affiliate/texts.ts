import type { Locale } from '../constants'

/**
 * Built-in disclosure text per locale. Plain words ("ads", "Werbung") up
 * front because the UK ASA and the FTC ask for them, not only "affiliate";
 * the last sentence is for health sites, whose readers need to know the
 * commission does not steer the medical content.
 */
export const DEFAULT_DISCLOSURE_TEXT: Readonly<Record<Locale, string>> = {
  en: 'This page contains affiliate links, which are ads: if you buy through one of them, we may earn a commission at no extra cost to you. Commissions never shape our health content.',
  de: 'Diese Seite enthält Affiliate-Links (Werbung): Kaufst du über einen davon ein, erhalten wir eine Provision. Der Preis bleibt für dich gleich, und unsere Gesundheitsinhalte bleiben davon unbeeinflusst.',
  es: 'Esta página contiene enlaces de afiliado (publicidad): si compras a través de uno de ellos, podemos recibir una comisión sin coste adicional para ti. Las comisiones nunca influyen en nuestros contenidos de salud.',
  fr: 'Cette page contient des liens affiliés (publicité)\u00a0: si vous achetez via l’un d’eux, nous pouvons toucher une commission, sans surcoût pour vous. Ces commissions n’influencent jamais nos contenus santé.',
}

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
 * goes to, not by the page's language. Short links (`amzn.to` …) do not show
 * their storefront, so they use the page's locale.
 */
export function amazonStatementLanguage(host: string, pageLocale: Locale): AmazonStatementLanguage {
  if (/^(?:[^.]+\.)?amzn\.[a-z]+$/.test(host)) return pageLocale
  const storefront = host.replace(/^(?:www|smile|m)\./, '')
  return STOREFRONT_LANGUAGE[storefront] ?? 'en'
}

/** One Amazon statement, with `siteName` (already safe Markdown) when given. */
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
 * Escape a plain string for use inside Markdown text, so a site name such as
 * `<Cramp*Care>` stays text: every ASCII punctuation character gets a
 * backslash, which CommonMark always reads as a literal character.
 */
export function escapeMarkdownText(value: string): string {
  return value.replace(/[!-/:-@[-`{-~]/g, '\\$&')
}

/** What the disclosure needs to say for one document. */
export interface DisclosureTextInput {
  locale: Locale
  /** The `text` option (already validated). */
  text?: string | Partial<Record<Locale, string>> | undefined
  siteName?: string | undefined
  /** Statement languages needed, in order of the first link that needs each. */
  amazon: readonly AmazonStatementLanguage[]
}

/**
 * The disclosure as Markdown: the custom or built-in text, then, in its own
 * paragraph, each distinct Amazon statement that text does not already carry.
 */
export function disclosureMarkdown(input: DisclosureTextInput): string {
  const custom = typeof input.text === 'string' ? input.text : input.text?.[input.locale]
  const body = (custom ?? DEFAULT_DISCLOSURE_TEXT[input.locale]).trim()
  const siteName = input.siteName === undefined ? undefined : escapeMarkdownText(input.siteName)
  const statements: string[] = []
  for (const language of input.amazon) {
    const statement = amazonStatement(language, siteName)
    if (statements.includes(statement)) continue
    // A custom text that already makes this storefront's statement keeps it as written.
    if (custom !== undefined && hasAmazonStatement(custom, language)) continue
    statements.push(statement)
  }
  return statements.length === 0 ? body : `${body}\n\n${statements.join(' ')}`
}
