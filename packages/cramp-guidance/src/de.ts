import type { GuidanceSet } from '@healthmark/schema'
import authored from '../data/de.json'
import sources from '../data/sources.json'
import { version } from '../package.json'
import { resolveSources } from './resolve-sources'

/**
 * The German guidance set on muscle cramps. Import
 * `@healthmark/cramp-guidance/de` to bundle this locale only.
 */
export const crampGuidance: GuidanceSet = resolveSources(authored, sources, version)

export default crampGuidance
