import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { MESSAGE_SOURCE, RULES_URL, type RuleId } from './constants'

/**
 * Put a finding on the file as a warning with our `source`, its `ruleId`, the
 * node's position and a link to the rule's documentation, so `remark-cli
 * --frail` can fail a build on it.
 */
export function report(file: VFile, reason: string, ruleId: RuleId, node?: Node): VFileMessage {
  const message = file.message(reason, {
    ...(node?.position && { place: node.position }),
    ruleId,
    source: MESSAGE_SOURCE,
  })
  message.url = `${RULES_URL}#${ruleId}`
  return message
}
