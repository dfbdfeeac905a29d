/** Average and hardest Flesch reading ease of one group of texts. */
export interface GroupScore {
  average: number
  hardest: { id: string; score: number }
}

/** Flesch reading ease per group of a set's English reader-facing text. */
export interface ReadabilityReport {
  summaries: GroupScore
  bodies: GroupScore
  redFlags: GroupScore
}

/** Flesch reading ease of one English text (plain text or Markdown). */
export declare function readingEase(text: string): number

/** Flesch reading ease of a guidance set's reader-facing text, per group. */
export declare function readabilityReport(set: {
  tips: ReadonlyArray<{ id: string; summary: string; body: string }>
  redFlags: ReadonlyArray<{ id: string; symptom: string; action: string }>
}): ReadabilityReport

/** The report as the script prints it, one line per group. */
export declare function formatReport(report: ReadabilityReport): string
