import {
  evidenceLabel,
  evidenceWordsFor,
  type GuidanceSet,
  type HealthTip,
  type RedFlag,
  type Urgency,
} from '@healthmark/schema'
import { ASPECTS_IN_READING_ORDER } from '../aspects'
import { escapeText, quote } from './escape'
import { Footnotes } from './footnotes'
import { labelsFor, type PageLabels } from './labels'

/** Callout type per urgency, in `@healthmark/remark-notices` syntax. */
const CALLOUT_BY_URGENCY: Readonly<Record<Urgency, string>> = {
  emergency: 'EMERGENCY',
  urgent: 'SEE-DOCTOR',
  routine: 'SEE-DOCTOR',
}

/** Most urgent first. */
const URGENCY_ORDER = Object.keys(CALLOUT_BY_URGENCY) as Urgency[]

/**
 * Render a guidance set as one Markdown guide page (GFM with footnotes, and
 * callouts in `@healthmark/remark-notices` syntax): the title, the disclaimer
 * as a `[!MEDICAL]` callout, a section per aspect in reading order with each
 * tip's body, its evidence in a reader's words and footnoted sources, the red
 * flags as `[!SEE-DOCTOR]` callouts grouped by urgency (`[!EMERGENCY]` first,
 * for emergencies), and the sources as a reference list of footnotes.
 * `evidence.note` is the reviewer's reasoning and is not printed.
 *
 * Plain-text fields are escaped; `body` and `disclaimer` are Markdown and are
 * used as written. Pure: no I/O, same input, same output.
 *
 * @throws {TypeError} when `set` is not a guidance set object.
 */
export function toMarkdown(set: GuidanceSet): string {
  assertSetLike(set)
  const labels = labelsFor(set.locale)
  const footnotes = new Footnotes(labels)
  const blocks = [
    `# ${escapeText(set.title)}`,
    `> [!MEDICAL]\n${quote(set.disclaimer.trim())}`,
    `*${labels.lastReviewed}: ${set.lastReviewed} · ${labels.version} ${escapeText(set.version)} · ${labels.license}: ${escapeText(set.license)}*`,
  ]

  for (const aspect of ASPECTS_IN_READING_ORDER) {
    const tips = set.tips.filter((tip) => tip.aspect === aspect)
    // Red flags belong to "when to see a doctor", even in a set with no such tip.
    const flags = aspect === 'see-doctor' ? set.redFlags : []
    if (tips.length === 0 && flags.length === 0) continue
    blocks.push(`## ${escapeText(labels.aspects[aspect])}`)
    for (const tip of tips) blocks.push(...renderTip(tip, labels, set.locale, footnotes))
    for (const urgency of URGENCY_ORDER) {
      const group = flags.filter((flag) => flag.urgency === urgency)
      if (group.length > 0) blocks.push(renderRedFlags(urgency, group, labels, footnotes))
    }
  }

  blocks.push(...footnotes.definitions())
  return `${blocks.join('\n\n')}\n`
}

function renderTip(
  tip: HealthTip,
  labels: PageLabels,
  locale: string,
  footnotes: Footnotes,
): string[] {
  const words = evidenceWordsFor(locale)
  return [
    `### ${escapeText(tip.title)}`,
    tip.body.trim(),
    `**${words.lead}:** ${escapeText(evidenceLabel(tip, locale))}.${footnotes.references(tip.evidence.sources)}`,
  ]
}

function renderRedFlags(
  urgency: Urgency,
  flags: readonly RedFlag[],
  labels: PageLabels,
  footnotes: Footnotes,
): string {
  const items = flags.map(
    (flag) =>
      // Trimmed: `** text**` with inner space is not bold in CommonMark.
      `- **${escapeText(flag.symptom.trim())}** — ${escapeText(flag.action.trim())}${footnotes.references(flag.sources)}`,
  )
  const title = `[!${CALLOUT_BY_URGENCY[urgency]}] ${escapeText(labels.urgencies[urgency])}`
  return quote(`${title}\n\n${items.join('\n')}`)
}

function assertSetLike(set: unknown): asserts set is GuidanceSet {
  const candidate = set as Partial<Record<keyof GuidanceSet, unknown>> | null
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.title !== 'string' ||
    typeof candidate.locale !== 'string' ||
    typeof candidate.disclaimer !== 'string' ||
    !Array.isArray(candidate.tips) ||
    !Array.isArray(candidate.redFlags)
  ) {
    throw new TypeError(
      'toMarkdown: argument `set` must be a guidance set (an object with `title`, `locale`, `disclaimer`, `tips` and `redFlags`; validate it with `parseGuidanceSet` from @healthmark/schema)',
    )
  }
}
