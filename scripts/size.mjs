#!/usr/bin/env node
// The byte budget of every shipped file, checked by `npm test` right after the build.
// gzip -9 is what a well-configured server sends. The core alone is what a repeat view
// pays, core + UI (the banner layer) what a first visit pays; the preferences layer (Preact)
// comes only when the visitor opens the preferences or a cookie page shows its tables.
//
//   node scripts/size.mjs                 print the table, write dist/sizes.json, exit 1 when over budget
//   node scripts/size.mjs --write-readme  also rewrite the <!-- sizes:KEY -->…<!-- /sizes --> markers in README.md
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/**
 * Two numbers per file, in gzip bytes, in one place:
 * - GOALS are issue 4's targets (a repeat view <= 3 KB, a first visit <= 9 KB). They are reported; the
 *   first visit is well under its goal, the core not yet (docs/performance.md says where the bytes go).
 * - BUDGETS are what npm test enforces: the sizes reached so far plus a little headroom, so no change can
 *   quietly make Koekje heavier. Lower them whenever the code shrinks; never raise one without a reason in
 *   the commit message.
 */
const GOALS = { core: 3072, firstVisit: 9216 }
const BUDGETS = { core: 3440, ui: 4190, firstVisit: 7620, preferences: 6995, button: 690 }
/** The inlined build may grow by the catalogue it carries plus a little glue. */
const INLINE_GLUE = 200

const DIST = 'dist'
const README = 'README.md'

/**
 * README markers: `<!-- sizes:core -->2.9 KB<!-- /sizes -->`. Keys are those of dist/sizes.json
 * (core, ui, first-visit, preferences, button, catalogue, inline); the value is gzip KB of 1024 B.
 */
const MARKER = /<!-- sizes:([a-z-]+) -->[^<]*<!-- \/sizes -->/g

/** One decimal keeps the rounding under 2% from 2.5 KB up; smaller files get two. */
const formatKilobytes = (bytes) => {
  const kb = bytes / 1024
  return `${kb.toFixed(kb >= 2.5 ? 1 : 2)} KB`
}

/** Size of one dist file, or null when the build did not produce it. */
const measure = (file) => {
  const path = `${DIST}/${file}`
  if (!existsSync(path)) return null
  const bytes = readFileSync(path)
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const sum = (...sizes) =>
  sizes.some((s) => s === null)
    ? null
    : { raw: sizes.reduce((a, s) => a + s.raw, 0), gzip: sizes.reduce((a, s) => a + s.gzip, 0) }

const core = measure('koekje.js')
const ui = measure('koekje-ui.js')
const preferences = measure('koekje-preferences.js')
const button = measure('koekje-button.js')
const catalogue = measure('catalogue.json')
const inline = measure('koekje.inline.js')

/** The rows of the table; `key` is also the README marker name and the key in sizes.json. */
const rows = [
  {
    key: 'core',
    label: 'dist/koekje.js (repeat view)',
    size: core,
    budget: BUDGETS.core,
    goal: GOALS.core,
    required: true,
  },
  { key: 'ui', label: 'dist/koekje-ui.js (banner layer)', size: ui, budget: BUDGETS.ui, required: true },
  {
    key: 'first-visit',
    label: 'koekje.js + koekje-ui.js (first visit)',
    size: sum(core, ui),
    budget: BUDGETS.firstVisit,
    goal: GOALS.firstVisit,
  },
  {
    key: 'preferences',
    label: 'dist/koekje-preferences.js (Preact layer)',
    size: preferences,
    budget: BUDGETS.preferences,
    required: true,
  },
  // Repeat views on pages without their own preferences link load it too (or always, with floatingButton: true).
  {
    key: 'button',
    label: 'dist/koekje-button.js (floating button)',
    size: button,
    budget: BUDGETS.button,
    required: true,
  },
  { key: 'catalogue', label: 'dist/catalogue.json', size: catalogue, budget: null },
  {
    key: 'inline',
    label: 'dist/koekje.inline.js (catalogue inlined)',
    size: inline,
    budget: catalogue ? BUDGETS.core + catalogue.gzip + INLINE_GLUE : null,
    goal: catalogue ? GOALS.core + catalogue.gzip + INLINE_GLUE : null,
    optional: true,
  },
]

const pad = (value, width, right = false) => (right ? String(value).padEnd(width) : String(value).padStart(width))
const line = (cells) =>
  `${pad(cells[0], 44, true)}${pad(cells[1], 9)}${pad(cells[2], 9)}${pad(cells[3], 9)}${pad(cells[4], 8)}${pad(cells[5], 9)}`

console.log(line(['file', 'raw B', 'gzip B', 'budget', 'goal', 'x goal']))
const failures = []
for (const row of rows) {
  if (!row.size) {
    if (row.optional && !inline) continue
    console.log(line([row.label, 'missing', '', row.budget ?? '', row.goal ?? '', '']))
    if (row.required) failures.push(`${row.label} is missing: run \`npm run build\` first.`)
    continue
  }
  const ofGoal = row.goal ? `${(row.size.gzip / row.goal).toFixed(2)}x` : ''
  console.log(line([row.label, row.size.raw, row.size.gzip, row.budget ?? '', row.goal ?? '', ofGoal]))
  if (row.budget && row.size.gzip > row.budget) {
    failures.push(
      `${row.label} is ${row.size.gzip} B gzip, ${row.size.gzip - row.budget} B over its ${row.budget} B budget.`,
    )
  }
}

const sizes = Object.fromEntries(
  rows
    .filter((row) => row.size)
    .map((row) => [row.key, { ...row.size, budget: row.budget, goal: row.goal ?? null, label: row.label }]),
)
if (existsSync(DIST)) writeFileSync(`${DIST}/sizes.json`, `${JSON.stringify(sizes, null, 2)}\n`)

if (process.argv.includes('--write-readme')) {
  if (!existsSync(README)) {
    console.error(`${README} not found; nothing to update.`)
  } else {
    const text = readFileSync(README, 'utf8')
    const updated = text.replace(MARKER, (marker, key) => {
      if (sizes[key]) return `<!-- sizes:${key} -->${formatKilobytes(sizes[key].gzip)}<!-- /sizes -->`
      console.warn(`${README}: no size for marker "${key}" (known: ${Object.keys(sizes).join(', ')}); left as is.`)
      return marker
    })
    if (updated !== text) writeFileSync(README, updated)
    console.log(updated === text ? `${README}: sizes already current.` : `${README}: size markers updated.`)
  }
}

if (failures.length) {
  console.error(`\nSize check failed:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
