import type { z } from 'zod'
import type { Citation, Source } from './evidence'

interface Cited {
  sources: readonly Source[]
  citations?: readonly Citation[] | undefined
}

interface SetLike {
  lastReviewed: string
  tips: ReadonlyArray<{ id: string; evidence: Cited }>
  redFlags: ReadonlyArray<{ id: string } & Cited>
}

type CheckContext = z.core.ParsePayload<SetLike>

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so a set
 * reviewed "today" in Kiribati is not refused by a server in London.
 */
export function latestDateOnEarth(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** Cross-field rules of a guidance set; adds one issue per problem found. */
export function checkGuidanceSetRules(ctx: CheckContext): void {
  const set = ctx.value

  if (set.lastReviewed > latestDateOnEarth()) {
    ctx.issues.push({
      code: 'custom',
      input: set.lastReviewed,
      path: ['lastReviewed'],
      message: 'must not be in the future',
    })
  }

  const seenIds = new Map<string, string>()
  const checkId = (id: string, path: Array<string | number>) => {
    const first = seenIds.get(id)
    if (first === undefined) {
      seenIds.set(id, path.join('.'))
      return
    }
    ctx.issues.push({
      code: 'custom',
      input: id,
      path,
      message: `duplicate id "${id}" (first used at ${first}); ids must be unique within a set`,
    })
  }

  const sourcesById = new Map<string, Source>()
  const checkSource = (source: Source, path: Array<string | number>) => {
    if (source.id === undefined) return
    const known = sourcesById.get(source.id)
    if (known === undefined) {
      sourcesById.set(source.id, source)
      return
    }
    if (known.url !== source.url || known.title !== source.title) {
      ctx.issues.push({
        code: 'custom',
        input: source.id,
        path: [...path, 'id'],
        message: `source id "${source.id}" already names "${known.title}" <${known.url}>; one id must always mean the same source`,
      })
    }
  }

  // `citations`, where given, explain the sources one to one: each names a
  // source of the same tip or red flag, and each source with an id has one.
  const checkCitations = (item: Cited, path: Array<string | number>) => {
    if (item.citations === undefined) return
    const ids = item.sources.flatMap((source) => (source.id === undefined ? [] : [source.id]))
    const cited = new Set<string>()
    item.citations.forEach((citation, at) => {
      const problem = !ids.includes(citation.source)
        ? `names source "${citation.source}", which is not among the sources (${ids.join(', ') || 'none with an id'})`
        : cited.has(citation.source)
          ? `explains source "${citation.source}" a second time; give one \`says\` per source`
          : undefined
      cited.add(citation.source)
      if (problem !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: citation.source,
          path: [...path, 'citations', at, 'source'],
          message: problem,
        })
      }
    })
    for (const id of ids.filter((id) => !cited.has(id))) {
      ctx.issues.push({
        code: 'custom',
        input: item.citations,
        path: [...path, 'citations'],
        message: `has no citation for source "${id}"; say what it states on this point, or do not cite it`,
      })
    }
  }

  set.tips.forEach((tip, index) => {
    checkId(tip.id, ['tips', index, 'id'])
    checkCitations(tip.evidence, ['tips', index, 'evidence'])
    tip.evidence.sources.forEach((source, sourceIndex) => {
      checkSource(source, ['tips', index, 'evidence', 'sources', sourceIndex])
    })
  })
  set.redFlags.forEach((flag, index) => {
    checkId(flag.id, ['redFlags', index, 'id'])
    checkCitations(flag, ['redFlags', index])
    flag.sources.forEach((source, sourceIndex) => {
      checkSource(source, ['redFlags', index, 'sources', sourceIndex])
    })
  })
}
