/**
 * docs/affiliate-networks.md gives a public source for every host the
 * plugin treats as an affiliate network or shortener: a network, host or
 * shortener added to the tables in `src/affiliate/` without a row there
 * fails here.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_NETWORKS, NETWORK_RULES } from '../src/affiliate/networks'
import { DEFAULT_SHORTENERS } from '../src/affiliate/shorteners'

const doc = readFileSync(new URL('../../../docs/affiliate-networks.md', import.meta.url), 'utf8')

/** The body rows of the tables under one `## ` heading, as trimmed cells. */
function rows(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`)
  if (start === -1) throw new Error(`docs/affiliate-networks.md has no "## ${heading}" section`)
  const end = doc.indexOf('\n## ', start + 1)
  return doc
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .slice(1) // the header row
}

const networkRows = rows('Built-in networks and cloakers').map((cells) => ({
  network: /^`([^`]+)`/.exec(cells[0] ?? '')?.[1],
  hosts: cells[1] ?? '',
  source: cells.at(-1) ?? '',
}))

describe('docs/affiliate-networks.md', () => {
  it.each(BUILT_IN_NETWORKS)('has a row for `%s`', (network) => {
    expect(networkRows.some((row) => row.network === network)).toBe(true)
  })

  it('has no row for a network the plugin does not know', () => {
    const known = new Set<string>(BUILT_IN_NETWORKS)
    expect(networkRows.map((row) => row.network).filter((id) => !known.has(id ?? ''))).toEqual([])
  })

  it('names every host of every network rule in a row of that network', () => {
    const missing = NETWORK_RULES.flatMap((rule) =>
      rule.hosts
        .filter(
          (host) =>
            !networkRows.some(
              (row) => row.network === rule.network && row.hosts.includes(`\`${host}\``),
            ),
        )
        .map((host) => `${rule.network}: ${host}`),
    )
    expect(missing).toEqual([])
  })

  it('gives each row a source, or says that none was found', () => {
    const unsourced = networkRows
      .filter((row) => !/https?:\/\/|no stored source found|no stored page/.test(row.source))
      .map((row) => `${row.network}: ${row.hosts}`)
    expect(unsourced).toEqual([])
  })

  it('names every default shortener and says why it is a warning', () => {
    const shorteners = rows('Shorteners and possible affiliate links').find((cells) =>
      cells[2]?.includes('shortened-affiliate-link'),
    )
    expect(shorteners?.[3]).toMatch(/https?:\/\//)
    expect(DEFAULT_SHORTENERS.filter((host) => !shorteners?.[1]?.includes(`\`${host}\``))).toEqual(
      [],
    )
  })
})
