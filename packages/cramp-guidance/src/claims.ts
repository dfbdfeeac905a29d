/**
 * `data/claims-<locale>.json`: tip id → patterns of the claims the tip
 * corrects, in that locale. One file per locale, so a locale's entry point
 * bundles only its own patterns.
 */
export type ClaimTable = Readonly<Record<string, readonly string[]>>

/** The part of an authored set this module reads and extends. */
interface AuthoredTips {
  readonly locale: string
  readonly tips: ReadonlyArray<{ readonly id: string }>
}

/**
 * Give every tip that `table` names its `corrects.patterns`, so a linter that is handed the set can recognise the misconception
 * the tip corrects. Patterns are kept apart from the prose data because they
 * are code-like and reviewed with the labelled sentences that test them.
 *
 * @throws {Error} when the table names a tip the set does not have.
 */
export function withClaims<T extends AuthoredTips>(authored: T, table: ClaimTable): T {
  const ids = new Set(authored.tips.map((tip) => tip.id))
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) {
      throw new Error(
        `data/claims-${authored.locale}.json names tip ${JSON.stringify(id)}, which data/${authored.locale}.json does not have`,
      )
    }
  }
  return {
    ...authored,
    tips: authored.tips.map((tip) => {
      const patterns = table[tip.id]
      return patterns ? { ...tip, corrects: { patterns: [...patterns] } } : tip
    }),
  }
}
