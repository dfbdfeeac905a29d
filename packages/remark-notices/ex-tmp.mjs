import { crampGuidance } from '@healthmark/cramp-guidance'
import rehypeStringify from 'rehype-stringify'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import remarkNotices from './dist/index.js'
const file = await unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
  .use(remarkNotices, { disclaimer: 'bottom', tips: crampGuidance, icons: process.argv[3] !== 'noicons' })
  .use(remarkRehype).use(rehypeStringify).process(new VFile({ path: process.argv[2], value: await readFile(process.argv[2], 'utf8') }))
console.log(String(file)); console.log(JSON.stringify(file.data.affiliate)); console.error(reporter(file))
