import { crampGuidance } from '@healthmark/cramp-guidance'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { matter } from 'vfile-matter'
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import remarkNotices, { NoticeOptionsError } from './dist/index.js'
const file = new VFile({ path: 'bad.md', value: await readFile('/tmp/readme/bad.md', 'utf8') })
matter(file)
await unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkNotices, { tips: crampGuidance, disclaimer: 'top' }).use(remarkStringify).process(file)
console.log(reporter(file, { verbose: false }))
console.log(file.messages.map(m => m.ruleId + ' ' + m.url).join('\n'))
console.log(JSON.stringify(file.data.affiliate))
try { unified().use(remarkNotices, { disclaimer: 'middle', affiliate: { position: 'footer' }, locale: 'it' }).freeze() } catch (e) { console.log(e instanceof TypeError, e instanceof NoticeOptionsError, e.name); console.log(e.message) }
