// Checks the colour pairs in src/styles.css against WCAG 2.2 contrast minimums
// and prints every ratio. `node bench/contrast.mjs` exits 1 when a pair fails;
// `--write` also rewrites the summary table in the stylesheet's header comment.
import { readFile, writeFile } from 'node:fs/promises'
import { EVIDENCE_LEVELS } from '@healthmark/schema'
import { NOTICE_TYPES } from '../dist/index.js'

const cssUrl = new URL('../src/styles.css', import.meta.url)
const css = await readFile(cssUrl, 'utf8')

/**
 * The palette of one scheme: every colour is declared once as
 * `--notice-X: var(--notice-light, #light) var(--notice-dark, #dark)`, or
 * as `--notice-X: var(--notice-Y)` to share Y's colours.
 */
function palette(scheme) {
  const colours = new Map()
  const declaration =
    /--(notice-[a-z-]+):\s*var\(--notice-light,\s*(#[0-9a-f]{6})\)\s*var\(--notice-dark,\s*(#[0-9a-f]{6})\)/gi
  for (const [, name, light, dark] of css.matchAll(declaration)) {
    colours.set(name, (scheme === 'light' ? light : dark).toLowerCase())
  }
  if (colours.size === 0) throw new Error('no light/dark colour pairs in styles.css')
  // Types that share another type's colours name its variable instead.
  for (const [, name, target] of css.matchAll(
    /--(notice-[a-z-]+):\s*var\(--(notice-[a-z-]+)\);/gi,
  )) {
    const colour = colours.get(target)
    if (colour) colours.set(name, colour)
  }
  return colours
}

/** Relative luminance (WCAG 2.2, sRGB). */
function luminance(hex) {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

// Every built-in type and evidence level, from the packages themselves, so a
// new type without colours fails this check.
const TYPES = NOTICE_TYPES
const LEVELS = EVIDENCE_LEVELS

// Body text and titles are normal-size text (4.5:1); the border and icon are
// graphical objects that identify the callout (3:1, WCAG 1.4.11).
const TEXT = 4.5
const GRAPHIC = 3

// Page backgrounds the border is checked against (a typical light and dark page).
const PAGE = { light: '#ffffff', dark: '#0d1117' }

const themes = [
  ['light', palette('light')],
  ['dark', palette('dark')],
]

const rows = []
let failed = 0
for (const [theme, colours] of themes) {
  const get = (name) => {
    if (name === 'page') return theme === 'light' ? PAGE.light : PAGE.dark
    const value = colours.get(name)
    if (!value) throw new Error(`--${name} missing in ${theme} theme`)
    return value
  }
  const check = (what, fg, bg, min) => {
    const value = ratio(get(fg), get(bg))
    const ok = value >= min
    if (!ok) failed++
    rows.push({ theme, what, ratio: value, min, ok, fg: get(fg), bg: get(bg) })
  }
  for (const type of TYPES) {
    check(`${type} text`, 'notice-fg', `notice-${type}-bg`, TEXT)
    check(`${type} title`, `notice-${type}-title`, `notice-${type}-bg`, TEXT)
    check(`${type} link`, `notice-${type}-title`, `notice-${type}-bg`, TEXT)
    check(`${type} border`, `notice-${type}-accent`, `notice-${type}-bg`, GRAPHIC)
    check(`${type} border/page`, `notice-${type}-accent`, 'page', GRAPHIC)
  }
  for (const level of LEVELS) {
    check(`badge ${level}`, `notice-evidence-${level}-fg`, `notice-evidence-${level}-bg`, TEXT)
  }
}

const seen = new Set()
for (const row of rows) {
  // Links use the title colour: the same pair, printed once.
  if (row.what.endsWith(' link')) continue
  const key = `${row.theme} ${row.what}`
  if (seen.has(key)) continue
  seen.add(key)
  console.log(
    `${row.ok ? 'ok  ' : 'FAIL'} ${key.padEnd(38)} ${row.fg} on ${row.bg}  ${row.ratio.toFixed(2).padStart(5)}:1 (min ${row.min})`,
  )
}
// One line per type and theme for the stylesheet's header comment.
const summary = []
for (const theme of ['light', 'dark']) {
  for (const name of [...TYPES, ...LEVELS.map((level) => `badge ${level}`)]) {
    const pick = (what) =>
      rows.find((row) => row.theme === theme && row.what === `${name} ${what}`)?.ratio.toFixed(2)
    const line = name.startsWith('badge')
      ? `text ${rows.find((row) => row.theme === theme && row.what === name)?.ratio.toFixed(2)}`
      : `text ${pick('text')}  title/link ${pick('title')}  border ${pick('border')} (page ${pick('border/page')})`
    summary.push(` *   ${theme.padEnd(5)} ${name.padEnd(22)} ${line}`)
  }
}
if (process.argv.includes('--write')) {
  const start = ' *   CONTRAST-TABLE-START\n'
  const end = ' *   CONTRAST-TABLE-END'
  const from = css.indexOf(start)
  const to = css.indexOf(end)
  if (from === -1 || to === -1) throw new Error('contrast table markers missing in styles.css')
  await writeFile(
    cssUrl,
    `${css.slice(0, from + start.length)}${summary.join('\n')}\n${css.slice(to)}`,
  )
  console.log('updated the contrast table in src/styles.css')
}

if (failed > 0) {
  console.error(`${failed} colour pair(s) below the WCAG AA minimum`)
  process.exitCode = 1
}
