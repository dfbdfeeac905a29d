import type { z } from 'zod'
import type { Source } from './evidence'

interface SetLike {
  lastReviewed: string
  tips: ReadonlyArray<{ id: string; evidence: { sources: readonly Source[] } }>
  redFlags: ReadonlyArray<{ id: string; sources: readonly Source[] }>
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

  set.tips.forEach((tip, index) => {
    checkId(tip.id, ['tips', index, 'id'])
    tip.evidence.sources.forEach((source, sourceIndex) => {
      checkSource(source, ['tips', index, 'evidence', 'sources', sourceIndex])
    })
  })
  set.redFlags.forEach((flag, index) => {
    checkId(flag.id, ['redFlags', index, 'id'])
    flag.sources.forEach((source, sourceIndex) => {
      checkSource(source, ['redFlags', index, 'sources', sourceIndex])
    })
  })
}
