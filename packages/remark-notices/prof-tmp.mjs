import remarkGfm from 'remark-gfm'
import { remarkAlert } from 'remark-github-blockquote-alert'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { alertCorpus, corpus } from './bench/corpus.mjs'
import remarkNotices from './dist/index.js'
const which = process.argv[2] ?? 'alerts'
const docs = which === 'alerts' ? alertCorpus(40) : corpus(40)
const parser = unified().use(remarkParse).use(remarkGfm)
const trees = docs.map((d) => parser.runSync(parser.parse(d.markdown)))
const variants = {
  peer: unified().use(remarkAlert).freeze(),
  ours: unified().use(remarkNotices).freeze(),
  oursNoAff: unified().use(remarkNotices, { affiliate: false }).freeze(),
}
const totals = Object.fromEntries(Object.keys(variants).map((k) => [k, 0]))
let parseTime = 0
for (let round = 0; round < 4; round++) {
  for (const [i, tree] of trees.entries()) {
    for (const [name, p] of Object.entries(variants)) {
      const copy = structuredClone(tree)
      const file = new VFile({ value: docs[i].markdown })
      const t = performance.now()
      p.runSync(copy, file)
      if (round > 0) totals[name] += performance.now() - t
    }
    if (round > 0) { const t = performance.now(); parser.parse(docs[i].markdown); parseTime += performance.now() - t }
  }
}
console.log(which, Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toFixed(0) + ' ms'])), 'parse only:', parseTime.toFixed(0), 'ms')
