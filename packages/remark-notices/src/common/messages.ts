import type { Node } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { repository } from '../../package.json'
import type { Locale, RuleId } from './constants'
import type { LocalText } from './i18n'

/** The `source` of every vfile message this plugin emits. */
export const MESSAGE_SOURCE = 'healthmark'

/**
 * The package README as GitHub and npm show it, built from `repository` in
 * package.json so the links follow the repository if it moves. Each rule has
 * a section whose anchor is its id.
 */
export const RULES_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/tree/main/${repository.directory}`

/**
 * Put a finding on the file as a warning with our `source`, its `ruleId`, the
 * node's position and a link to the rule's documentation, so `remark-cli
 * --frail` can fail a build on it.
 */
export function report(file: VFile, reason: string, ruleId: RuleId, node?: Node): VFileMessage {
  return emit(file, 'message', reason, ruleId, node)
}

/**
 * Like {@link report}, but an info message (`fatal` unset): shown by
 * `remark-cli`, never counted by `--frail`. For guesses the author decides on.
 */
export function inform(file: VFile, reason: string, ruleId: RuleId, node?: Node): VFileMessage {
  return emit(file, 'info', reason, ruleId, node)
}

function emit(
  file: VFile,
  kind: 'message' | 'info',
  reason: string,
  ruleId: RuleId,
  node: Node | undefined,
): VFileMessage {
  const message = file[kind](reason, {
    ...(node?.position && { place: node.position }),
    ruleId,
    source: MESSAGE_SOURCE,
  })
  message.url = `${RULES_URL}#${ruleId}`
  return message
}

// Options already warned about per file: a title used ten times warns once.
const warned = new WeakMap<VFile, Set<string>>()

/**
 * Report `missing-translation` when `text` is the built-in fallback for an
 * option the user customised for other locales only; once per option and file.
 */
export function warnUntranslated(file: VFile, text: LocalText, locale: Locale, node?: Node): void {
  const option = text.untranslated
  if (option === undefined) return
  const seen = warned.get(file) ?? new Set<string>()
  warned.set(file, seen)
  if (seen.has(option)) return
  seen.add(option)
  report(
    file,
    `\`${option}\` has no text for locale "${locale}", so the built-in text is used: add a \`${locale}\` entry or give one string for every locale`,
    'missing-translation',
    node,
  )
}
