import { readFileSync } from 'node:fs'
import type { Root, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import remarkNotices, { type Options } from '../src/index'
import { docusaurusAdmonitions } from './helpers/docusaurus'

// The `directives` option: which `:::name` containers the plugin renders and
// which it leaves to the site's framework (Docusaurus admonitions, Starlight
// asides).

const tips = (
  JSON.parse(
    readFileSync(new URL('./fixtures/health-tip/options.json', import.meta.url), 'utf8'),
  ) as Options
).tips

const containers = (names: string[]) =>
  names.map((name) => `:::${name}\nAbout ${name}.\n:::\n`).join('\n')

/** The callout data of a node, if it became a callout. */
const noticeOf = (node: RootContent | undefined) =>
  node?.type === 'blockquote' || node?.type === 'containerDirective' ? node.data?.notice : undefined

/** Each top-level container by its name: the callout type it became, or `untouched`. */
function outcome(tree: Root): Record<string, string> {
  const result: Record<string, string> = {}
  for (const node of tree.children as RootContent[]) {
    const notice = noticeOf(node)
    if (notice) result[notice.marker] = notice.type
    else if (node.type === 'containerDirective') {
      result[node.name] = node.data === undefined ? 'untouched' : `handled:${node.data.hName}`
    }
  }
  return result
}

async function run(markdown: string, options: Options) {
  const file = new VFile(markdown)
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkNotices, options)
  const tree = (await processor.run(processor.parse(file), file)) as Root
  return { tree, file, outcome: outcome(tree) }
}

describe('directives option', () => {
  const names = ['note', 'danger', 'tip', 'info', 'medical', 'see-doctor', 'doctor', 'emergency']

  it('renders every known container by default', async () => {
    const { outcome: result } = await run(containers(names), {})
    expect(result).toEqual({
      note: 'note',
      danger: 'caution',
      tip: 'tip',
      info: 'note',
      medical: 'medical',
      'see-doctor': 'see-doctor',
      doctor: 'see-doctor',
      emergency: 'emergency',
    })
  })

  it('with false, renders only the health types and their aliases', async () => {
    const { outcome: result, file } = await run(containers(names), { directives: false })
    expect(result).toEqual({
      note: 'untouched',
      danger: 'untouched',
      tip: 'untouched',
      info: 'untouched',
      medical: 'medical',
      'see-doctor': 'see-doctor',
      doctor: 'see-doctor',
      emergency: 'emergency',
    })
    expect(file.messages).toEqual([])
  })

  it('with false, leaves the directive exactly as it was parsed', async () => {
    const markdown = ':::danger[Quinine]{#q}\nNot for cramps.\n:::\n'
    const parsed = unified().use(remarkParse).use(remarkDirective).parse(markdown)
    const { tree } = await run(markdown, { directives: false })
    expect(tree.children[0]).toEqual(parsed.children[0])
  })

  it('with false, keeps custom types, custom aliases of health types and ::health-tip', async () => {
    const markdown = `${containers(['contra', 'haftung', 'foo'])}\n::health-tip{id="stretch-the-calf"}\n`
    const {
      tree,
      outcome: result,
      file,
    } = await run(markdown, {
      directives: false,
      tips,
      types: { contra: { title: 'Do not' }, medical: { aliases: ['haftung'] } },
    })
    expect(result).toEqual({ contra: 'contra', haftung: 'medical', foo: 'untouched', tip: 'tip' })
    // An unknown container may be the framework's: no warning.
    expect(file.messages).toEqual([])
    const tip = tree.children.at(-1)
    expect(noticeOf(tip)?.type).toBe('tip')
  })

  it('with false, still turns GitHub alerts into callouts', async () => {
    const { tree } = await run('> [!NOTE]\n> Alerts are ours.\n', { directives: false })
    expect(noticeOf(tree.children[0])?.type).toBe('note')
  })

  it('skips exactly the listed names and their aliases', async () => {
    const all = ['note', 'info', 'caution', 'danger', 'error', 'warning', 'tip', 'hint']
    const { outcome: result } = await run(containers(all), {
      directives: { skip: ['note', 'caution'] },
    })
    expect(result).toEqual({
      note: 'untouched',
      info: 'untouched',
      caution: 'untouched',
      danger: 'untouched',
      error: 'untouched',
      warning: 'warning',
      tip: 'tip',
      hint: 'tip',
    })
  })

  it('skips an alias alone when only the alias is listed', async () => {
    const { outcome: result } = await run(containers(['danger', 'caution']), {
      directives: { skip: ['danger'] },
    })
    expect(result).toEqual({ danger: 'untouched', caution: 'caution' })
  })

  it('skips custom types with their custom aliases', async () => {
    const { outcome: result } = await run(containers(['contra', 'ci', 'note']), {
      types: { contra: { aliases: ['ci'] } },
      directives: { skip: ['contra'] },
    })
    expect(result).toEqual({ contra: 'untouched', ci: 'untouched', note: 'note' })
  })

  it('still reports an unknown container when only some names are skipped', async () => {
    const { file } = await run(containers(['foo']), { directives: { skip: ['note'] } })
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-notice-type'])
  })

  it('writes skipped containers back as the author wrote them', async () => {
    const markdown = ':::note\nAbout notes.\n:::\n\n:::danger[Quinine]\nNot for cramps.\n:::\n'
    const file = await unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkNotices, { directives: false })
      .use(remarkStringify)
      .process(markdown)
    expect(String(file)).toBe(markdown)
  })

  // Docusaurus runs `beforeDefaultRemarkPlugins` before its own admonitions.
  it('leaves Docusaurus one admonition per container when run before it', async () => {
    const markdown = containers(['note', 'danger', 'see-doctor'])
    const render = async (options: Options) => {
      const processor = unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkNotices, options)
        .use(docusaurusAdmonitions)
      const tree = (await processor.run(processor.parse(markdown))) as Root
      return tree.children.map((node) => {
        const title = (node as ContainerDirective).children?.[0]
        return `${node.data?.hName}:${title?.data?.hProperties?.className ?? 'body'}`
      })
    }
    // By default the plugin renders `:::note` first and Docusaurus renders it
    // again: a second title (and icon) inside Docusaurus's admonition.
    expect(await render({})).toEqual([
      'admonition:notice-title',
      'admonition:notice-title',
      'aside:notice-title',
    ])
    expect(await render({ directives: false })).toEqual([
      'admonition:body',
      'admonition:body',
      'aside:notice-title',
    ])
  })
})
