import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The CommonJS build bundles our code and `require`s the ESM-only
// dependencies: a default export read through the bundler's interop arrives as
// the module namespace, not the function, and fails only at run time. So run
// the built CommonJS plugin as a CommonJS user does (a plain `node`, without
// the test runner's source condition), through the paths that touch such
// dependencies.
const script = `
const plugin = require('./dist/index.cjs')
const { unified } = require('unified')
const remarkParse = require('remark-parse').default
const remarkDirective = require('remark-directive').default
const { VFile } = require('vfile')
const file = new VFile({ value: '# Title\\n\\n<!--healthmark disable unknown-notice-type-->\\n\\n:::nonsense\\nText.\\n:::\\n' })
const processor = unified().use(remarkParse).use(remarkDirective).use(plugin, {})
processor.runSync(processor.parse(file), file)
process.stdout.write(JSON.stringify(file.messages.map((message) => message.ruleId)))
`

describe('the CommonJS build', () => {
  it('runs, message-control comments included', () => {
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).not.toContain('unknown-notice-type')
  })
})
