import type { GuidanceSet } from '@healthmark/schema'
import claims from '../data/claims-en.json'
import authored from '../data/en.json'
import sources from '../data/sources.json'
import { version } from '../package.json'
import { withClaims } from './claims'
import { resolveSources } from './resolve-sources'

/**
 * The English guidance set on muscle cramps. Import
 * `@healthmark/cramp-guidance/en` to bundle this locale only.
 */
export const crampGuidance: GuidanceSet = resolveSources(
  withClaims(authored, claims),
  sources,
  version,
)

export default crampGuidance
