#!/usr/bin/env node
// Adds up every vitest JSON report of the last run into one figure for CI.
//
// Each vitest run (package tests, package checks, browser tests) writes a
// report to a `.reports/` folder. This script finds them under packages/,
// examples/ and the root `.reports/`, prints one row per report and ends
// with the line CI reads: `N passed, N failed`. It exits 1 when any test
// failed, when a report is unreadable, or when no report was found at all
// (a run that tested nothing must not look green).
//
// Usage: node scripts/test-summary.mjs [root]   (root defaults to the repository)
//
// Reports are not dated: `.ci/run` deletes every `.reports/` folder before
// `npm test`, so only this run's reports are counted.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The repository root, or another folder laid out the same way (the script's own tests use one).
const rootDir = path.resolve(
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
)
const skippedDirs = new Set(['node_modules', '.git', '.turbo', 'dist', 'coverage', 'artifacts'])

/** `.reports/*.json` files under `dir`, at any depth, never inside node_modules. */
function findReports(dir) {
  if (!existsSync(dir)) return []
  const found = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || skippedDirs.has(entry.name)) continue
    const child = path.join(dir, entry.name)
    if (entry.name === '.reports') {
      for (const file of readdirSync(child, { withFileTypes: true })) {
        if (file.isFile() && file.name.endsWith('.json')) found.push(path.join(child, file.name))
      }
    } else {
      found.push(...findReports(child))
    }
  }
  return found
}

function rootReports() {
  const dir = path.join(rootDir, '.reports')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
}

/**
 * Counts from one vitest JSON report. A test file that failed to load (syntax
 * error, failing import, failing hook) fails its suite without failing any
 * test, so such a file counts as one failed test: otherwise a crash would
 * read as fewer tests, not as a failure.
 */
function countReport(file) {
  let report
  try {
    report = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { file, passed: 0, failed: 1, skipped: 0, note: `unreadable: ${error.message}` }
  }
  if (typeof report?.numPassedTests !== 'number' || typeof report?.numFailedTests !== 'number') {
    return { file, ignored: true, note: 'not a vitest JSON report (no numPassedTests)' }
  }
  const files = Array.isArray(report.testResults) ? report.testResults : []
  const crashedFiles = files.filter(
    (result) =>
      result?.status === 'failed' &&
      !(result.assertionResults ?? []).some((assertion) => assertion?.status === 'failed'),
  )
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  const note = crashedFiles.length > 0 ? `${crashedFiles.length} file(s) failed to run` : ''
  return {
    file,
    passed: report.numPassedTests,
    failed: report.numFailedTests + crashedFiles.length,
    skipped,
    note,
  }
}

const reportFiles = [
  ...findReports(path.join(rootDir, 'packages')),
  ...findReports(path.join(rootDir, 'examples')),
  ...rootReports(),
]
const rows = reportFiles.map(countReport)
const counted = rows.filter((row) => !row.ignored)

const passed = counted.reduce((sum, row) => sum + row.passed, 0)
const failed = counted.reduce((sum, row) => sum + row.failed, 0)
const skipped = counted.reduce((sum, row) => sum + row.skipped, 0)

const table = rows.map((row) => [
  path.relative(rootDir, row.file),
  row.ignored ? '-' : String(row.passed),
  row.ignored ? '-' : String(row.failed),
  row.ignored ? '-' : String(row.skipped),
  row.note ?? '',
])
const header = ['report', 'passed', 'failed', 'skipped', 'note']
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column].length)),
)
const format = (cells) =>
  cells
    .map((cell, column) =>
      column === 0 || column === 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
    )
    .join('  ')
    .trimEnd()

console.log('\nTest summary')
console.log(format(header))
for (const cells of table) console.log(format(cells))
if (counted.length === 0) {
  console.log('no vitest report found under packages/*/.reports, examples/*/.reports or .reports')
}
if (skipped > 0) console.log(`${skipped} skipped or todo`)
console.log(`${passed} passed, ${failed} failed`)

process.exitCode = failed > 0 || counted.length === 0 ? 1 : 0
