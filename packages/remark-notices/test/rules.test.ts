import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES_URL } from '../src/common/messages'
import { RULE_IDS } from '../src/index'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

/** GitHub's anchor of a heading: lower case, punctuation but `-` dropped, spaces as `-`. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-')
}

const anchors = new Set(
  [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1] ?? '')),
)

describe('rule documentation', () => {
  it('links messages to the package README on GitHub, from package.json', () => {
    expect(RULES_URL).toBe(
      `${packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/tree/main/${packageJson.repository.directory}`,
    )
    expect(RULES_URL).toBe(
      'https://github.com/healthmark/healthmark/tree/main/packages/remark-notices',
    )
  })

  it.each(RULE_IDS)('has a README section for `%s`', (ruleId) => {
    expect(anchors.has(ruleId)).toBe(true)
  })
})
