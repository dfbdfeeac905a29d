import { evidenceLabel, evidenceWordsFor, type HealthTip, type Source } from '@healthmark/schema'
import type { Blockquote, Paragraph, PhrasingContent } from 'mdast'
import { applyCallout } from '../common/callout'
import { calloutLook } from '../options/look'
import type { Settings } from '../options/settings'

/**
 * The callout for `::health-tip{id}`: title, summary, evidence badge and the
 * sources as links; the directive's label, when the author wrote one, is
 * the title instead of the tip's. Built from mdast nodes, so every string from the data is
 * escaped by the HTML serializer like any other text.
 */
export function healthTipCallout(
  tip: HealthTip,
  settings: Settings,
  label: PhrasingContent[] = [],
): Blockquote {
  const { texts } = settings
  const level = tip.evidence.level
  const summary: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: tip.summary }],
    data: { hProperties: { className: ['health-tip-summary'] } },
  }
  const evidence: Paragraph = {
    type: 'paragraph',
    children: [
      {
        type: 'emphasis',
        children: [
          {
            type: 'text',
            value: `${evidenceWordsFor(settings.locale).lead}: ${evidenceLabel(tip, settings.locale)}`,
          },
        ],
        data: {
          hName: 'span',
          hProperties: { className: ['evidence-badge'], dataEvidence: level },
        },
      },
    ],
    data: { hProperties: { className: ['health-tip-evidence'] } },
  }
  const sources: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: `${texts.sources}: ` }, ...sourceLinks(tip.evidence.sources)],
    data: { hProperties: { className: ['health-tip-sources'] } },
  }
  const node: Blockquote = {
    type: 'blockquote',
    children: [],
    data: { healthTip: tip.id, ...(label.length > 0 && { healthTipLabel: true }) },
  }
  const look = calloutLook(settings, 'tip')
  applyCallout(node, {
    type: 'tip',
    marker: 'tip',
    title: label.length > 0 ? label : [{ type: 'text', value: tip.title }],
    body: [summary, evidence, sources],
    extraClasses: ['health-tip'],
    extraProperties: { dataHealthTip: tip.id },
    defaultTitle: look.title.value,
    icon: look.icon,
  })
  return node
}

function sourceLinks(sources: readonly Source[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const [index, source] of sources.entries()) {
    if (index > 0) result.push({ type: 'text', value: ', ' })
    result.push({
      type: 'link',
      url: source.url,
      children: [{ type: 'text', value: `${source.title} (${sourceDetails(source)})` }],
    })
  }
  return result
}

/** Publisher (the journal for an article) and, when known, the publication year. */
function sourceDetails(source: Source): string {
  return source.year === undefined ? source.publisher : `${source.publisher}, ${source.year}`
}
