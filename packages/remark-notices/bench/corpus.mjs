// Deterministic corpus of health and fitness articles for the benchmark.
//
// Every article is built from a seeded PRNG, so two runs (and two machines)
// measure the same bytes. The mix follows what the plugin meets on real sites:
// mostly ordinary prose, lists, tables and code, with a few callouts and, in
// about half the articles, affiliate links of several networks. The words are
// filler written for this file; they are not health advice.

/** mulberry32: small, fast, and good enough to shuffle filler text. */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  }
}

const SUBJECTS = [
  'a short warm-up',
  'the calf muscle',
  'an evening walk',
  'your training plan',
  'a rest day',
  'the hamstrings',
  'a glass of water',
  'a foam roller',
  'the morning stretch',
  'good running shoes',
  'a steady pace',
  'the weekly long run',
  'a balanced breakfast',
  'the recovery week',
  'a gentle massage',
]
const VERBS = [
  'helps many readers',
  'is worth a try',
  'takes a few minutes',
  'fits into a busy day',
  'is easy to forget',
  'changes little at first',
  'needs some patience',
  'works best with a routine',
  'is often overlooked',
  'can be adapted',
]
const TAILS = [
  'when the weather turns warm',
  'after a long day at a desk',
  'before a race',
  'during the first weeks',
  'if you train on hard ground',
  'on the days you feel stiff',
  'for beginners and regulars alike',
  'as long as it feels comfortable',
  'without special equipment',
  'once you know what to look for',
]
const HEADINGS = [
  'Getting started',
  'What the routine looks like',
  'Equipment',
  'Common questions',
  'A week of training',
  'Stretching after exercise',
  'Food and drink',
  'Sleep and recovery',
  'When to slow down',
  'Our picks',
  'How we tested',
  'Further reading',
]
const PRODUCTS = [
  'foam roller',
  'massage ball',
  'compression socks',
  'water bottle',
  'yoga mat',
  'resistance band',
  'heat pad',
  'running belt',
]

/** Affiliate link targets, one builder per network (all deterministic). */
const AFFILIATE = [
  (r) => `https://www.amazon.com/dp/B0${r.int(10000000, 99999999)}?tag=healthmark-20`,
  (r) => `https://www.amazon.de/dp/B0${r.int(10000000, 99999999)}/?tag=healthmark-21&th=1`,
  (r) => `https://amzn.to/${r.int(1000000, 9999999).toString(36)}`,
  (r) =>
    `https://shareasale.com/r.cfm?b=${r.int(100000, 999999)}&u=${r.int(1000, 9999)}&m=${r.int(10000, 99999)}&urllink=&afftrack=`,
  (r) =>
    `https://www.awin1.com/cread.php?awinmid=${r.int(1000, 9999)}&awinaffid=${r.int(100000, 999999)}&ued=https%3A%2F%2Fshop.example%2F`,
  (r) => `https://www.anrdoezrs.net/click-${r.int(1000000, 9999999)}-${r.int(10000000, 99999999)}`,
  (r) =>
    `https://brand.sjv.io/c/${r.int(100000, 999999)}/${r.int(10000, 99999)}/${r.int(1000, 9999)}`,
  (r) =>
    `https://click.linksynergy.com/deeplink?id=abc${r.int(100, 999)}&mid=${r.int(1000, 9999)}&murl=https%3A%2F%2Fshop.example%2F`,
  (r) =>
    `https://go.skimresources.com/?id=${r.int(10000, 99999)}X${r.int(100000, 999999)}&url=https%3A%2F%2Fshop.example%2F`,
  (r) =>
    `https://prf.hn/click/camref:${r.int(1000, 9999)}/destination:https%3A%2F%2Fshop.example%2F`,
  (r) =>
    `https://www.ebay.com/itm/${r.int(100000000, 999999999)}?mkcid=1&mkrid=711-53200-19255-0&campid=${r.int(1000000000, 5999999999)}&toolid=10001`,
]

/** Ordinary links: relative, external, and Amazon without a tag (not affiliate). */
const PLAIN = [
  (r) => `/guides/${r.pick(HEADINGS).toLowerCase().replaceAll(' ', '-')}`,
  () => 'https://www.nhs.uk/conditions/leg-cramps/',
  () => 'https://medlineplus.gov/musclecramps.html',
  (r) => `https://www.amazon.com/dp/B0${r.int(10000000, 99999999)}`,
  (r) => `https://example.org/blog/${r.int(1, 500)}`,
  () => '#top',
]

function sentence(r) {
  const text = `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(TAILS)}`
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** A paragraph with inline markup and, sometimes, links. */
function paragraph(r, state) {
  const parts = []
  const count = r.int(2, 6)
  for (let i = 0; i < count; i++) {
    let s = sentence(r)
    if (r.chance(0.15)) s = s.replace(/^(\S+ \S+)/, '*$1*')
    if (r.chance(0.1)) s = s.replace(/(\S+)\.$/, '**$1**.')
    if (r.chance(0.06)) s += ' Run `npm test` first.'
    if (r.chance(0.12)) s += ` See [this guide](${r.pick(PLAIN)(r)}).`
    if (state.affiliate && r.chance(0.12)) {
      s += ` We use [this ${r.pick(PRODUCTS)}](${r.pick(AFFILIATE)(r)}).`
      state.affiliateLinks++
    }
    if (r.chance(0.02)) s += ' More at https://www.example.com/more.'
    parts.push(s)
  }
  return parts.join(' ')
}

function list(r, state) {
  const ordered = r.chance(0.35)
  const items = []
  const count = r.int(3, 7)
  for (let i = 0; i < count; i++) {
    const bullet = ordered ? `${i + 1}.` : '-'
    let text = sentence(r)
    if (state.affiliate && r.chance(0.15)) {
      text = `[${r.pick(PRODUCTS)}](${r.pick(AFFILIATE)(r)}): ${text}`
      state.affiliateLinks++
    }
    items.push(`${bullet} ${text}`)
  }
  return items.join('\n')
}

function table(r, state) {
  const rows = ['| Product | Price | Notes |', '| --- | ---: | --- |']
  const count = r.int(2, 6)
  for (let i = 0; i < count; i++) {
    let name = r.pick(PRODUCTS)
    if (state.affiliate && r.chance(0.5)) {
      name = `[${name}](${r.pick(AFFILIATE)(r)})`
      state.affiliateLinks++
    }
    rows.push(`| ${name} | ${r.int(5, 80)}.99 | ${r.pick(VERBS)} |`)
  }
  return rows.join('\n')
}

function code(r) {
  const lang = r.pick(['js', 'sh', 'json', ''])
  const lines = []
  const count = r.int(2, 8)
  for (let i = 0; i < count; i++) {
    lines.push(
      lang === 'json'
        ? `  "day${i}": ${r.int(10, 60)},`
        : `log('${r.pick(SUBJECTS)}', ${r.int(1, 99)}) // > [!WARNING] not an alert`,
    )
  }
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``
}

const GITHUB_ALERTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']

/** A GitHub alert: the marker alone on the first line, as GitHub requires. */
function githubAlert(r) {
  const body = [paragraph(r, { affiliate: false, affiliateLinks: 0 })]
  if (r.chance(0.3)) body.push(list(r, { affiliate: false, affiliateLinks: 0 }))
  const lines = body.join('\n\n').split('\n')
  return [`> [!${r.pick(GITHUB_ALERTS)}]`, ...lines.map((line) => (line ? `> ${line}` : '>'))].join(
    '\n',
  )
}

/** Health callouts and syntaxes only this plugin knows (foldables, directives). */
function healthCallout(r) {
  const kind = r.int(0, 3)
  const text = paragraph(r, { affiliate: false, affiliateLinks: 0 })
  if (kind === 0) return `> [!see-doctor]\n> ${text}`
  if (kind === 1) return `> [!warning]- ${r.pick(HEADINGS)}\n> ${text}`
  if (kind === 2) return `:::emergency[${r.pick(HEADINGS)}]\n${text}\n:::`
  return `> [!tip]+ ${r.pick(HEADINGS)}\n> ${text}`
}

function references(r, state) {
  const lines = []
  for (let i = 1; i <= state.definitions; i++) {
    const affiliate = state.affiliate && r.chance(0.5)
    lines.push(`[ref-${i}]: ${(affiliate ? r.pick(AFFILIATE) : r.pick(PLAIN))(r)}`)
  }
  return lines.join('\n')
}

/**
 * One article of about `targetBytes` bytes (UTF-8), built block by block.
 * Returns the Markdown and what was put in (for sanity checks).
 */
export function article(seed, targetBytes) {
  const r = createRandom(seed)
  const state = {
    affiliate: r.chance(0.5),
    affiliateLinks: 0,
    definitions: 0,
  }
  const blocks = [`# ${r.pick(HEADINGS)}: ${r.pick(SUBJECTS)}`]
  if (state.affiliate && r.chance(0.3)) {
    blocks.push('*This post contains affiliate links; we may earn a commission.*')
  }
  let size = blocks[0].length
  while (size < targetBytes) {
    const roll = r.next()
    let block
    if (roll < 0.42) block = paragraph(r, state)
    else if (roll < 0.52) block = `## ${r.pick(HEADINGS)}`
    else if (roll < 0.57) block = `### ${r.pick(SUBJECTS)}`
    else if (roll < 0.7) block = list(r, state)
    else if (roll < 0.76) block = table(r, state)
    else if (roll < 0.82) block = code(r)
    else if (roll < 0.86) block = githubAlert(r)
    else if (roll < 0.88) block = healthCallout(r)
    else if (roll < 0.91) {
      state.definitions++
      block = `Read [the ${r.pick(PRODUCTS)} review][ref-${state.definitions}] for details.`
    } else if (roll < 0.94) block = `> ${sentence(r)}\n> ${sentence(r)}`
    else if (roll < 0.96) block = `![${r.pick(PRODUCTS)}](/img/${r.int(1, 99)}.jpg)`
    else block = paragraph(r, state)
    // Stay under the target, so no article is larger than 20 KB.
    if (size + block.length + 2 > targetBytes) break
    blocks.push(block)
    size += block.length + 2
  }
  if (state.definitions > 0) blocks.push(references(r, state))
  return { markdown: `${blocks.join('\n\n')}\n`, affiliate: state.affiliate }
}

/**
 * An article whose only extension syntax is GitHub alerts (no directives,
 * titles, foldables or affiliate links), so `remark-github-blockquote-alert`
 * and this plugin do exactly the same job on it.
 */
export function alertArticle(seed, targetBytes) {
  const r = createRandom(seed)
  const plain = { affiliate: false, affiliateLinks: 0 }
  const blocks = [`# ${r.pick(HEADINGS)}`]
  let alerts = 0
  let size = blocks[0].length
  while (size < targetBytes) {
    const roll = r.next()
    let block
    if (roll < 0.3) {
      block = githubAlert(r)
    } else if (roll < 0.7) block = paragraph(r, plain)
    else if (roll < 0.8) block = `## ${r.pick(HEADINGS)}`
    else if (roll < 0.9) block = list(r, plain)
    else block = `> ${sentence(r)}`
    if (size + block.length + 2 > targetBytes) break
    if (roll < 0.3) alerts++
    blocks.push(block)
    size += block.length + 2
  }
  return { markdown: `${blocks.join('\n\n')}\n`, alerts }
}

/** Sizes spread evenly over 2–20 KB (minus room for reference definitions). */
function sizeOf(r) {
  return r.int(2 * 1024 + 512, 20 * 1024 - 1024)
}

/** The full corpus: `count` articles. */
export function corpus(count, seed = 20261125) {
  const r = createRandom(seed)
  return Array.from({ length: count }, (_, index) => article(seed + index * 7919, sizeOf(r)))
}

/** The alert-only corpus: `count` articles. */
export function alertCorpus(count, seed = 5050) {
  const r = createRandom(seed)
  return Array.from({ length: count }, (_, index) => alertArticle(seed + index * 104729, sizeOf(r)))
}
