// A small hand-made SVG of the ratios to the reference peer, for the README:
// one row per goal, one bar per widget, on a log scale so 0.1× and 5× both
// read. The reference is the line at 1×; a goal is a dashed tick.
import { ratio } from './stats.mjs'

const ROWS = [
  { label: 'Repeat view: widget code (gzip)', scenario: 'repeat', key: 'codeBytes', goal: 0.2 },
  { label: 'Repeat view: CPU in its code, 4×', scenario: 'repeat', key: 'widgetScriptMs', goal: 0.2 },
  { label: 'First visit: JS+CSS (gzip)', scenario: 'first', key: 'codeBytes', goal: 0.6 },
  { label: 'First visit: CPU in its code, 4×', scenario: 'first', key: 'widgetScriptMs', goal: 0.5 },
  { label: 'First visit: banner painted, 4×', scenario: 'first', key: 'bannerMs', goal: 1 },
  { label: 'First visit: JS heap', scenario: 'first', key: 'heapBytes', goal: 1 },
]
const COLORS = { koekje: '#c8692a', 'koekje-inline': '#e9a86f', tarteaucitron: '#7b8794', klaro: '#4263eb' }
const MIN = 0.05
const MAX = 20
const LEFT = 250
const PLOT = 430
const BAR = 11
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const x = (r) => LEFT + (PLOT * Math.log(Math.min(MAX, Math.max(MIN, r)) / MIN)) / Math.log(MAX / MIN)

/** @returns {string} the SVG document */
export const ratioChart = (cells, { widgets, reference, throttle = 4, caption }) => {
  const ids = widgets.filter((id) => COLORS[id])
  const rowHeight = ids.length * (BAR + 3) + 18
  const top = 44
  const height = top + ROWS.length * rowHeight + 40
  const width = LEFT + PLOT + 60
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui,sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" font-size="14" font-weight="600">Ratio to ${escapeXml(reference)} (median, lower is better)</text>`,
  ]
  for (const tick of [0.1, 0.2, 0.5, 1, 2, 5, 10]) {
    const tx = x(tick).toFixed(1)
    parts.push(
      `<line x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${height - 34}" stroke="${tick === 1 ? '#222' : '#e3e3e3'}"/>`,
      `<text x="${tx}" y="${height - 20}" text-anchor="middle" fill="#555">${tick}×</text>`,
    )
  }
  ROWS.forEach((row, i) => {
    const y0 = top + i * rowHeight
    parts.push(`<text x="10" y="${y0 + rowHeight / 2}" dominant-baseline="middle">${escapeXml(row.label)}</text>`)
    const byWidget = cells[row.scenario]?.[throttle] ?? {}
    const ref = byWidget[reference]?.summary
    ids.forEach((id, j) => {
      const r = ratio(byWidget[id]?.summary, ref, row.key)
      if (r === undefined) return
      const y = y0 + 6 + j * (BAR + 3)
      const end = x(r)
      parts.push(
        `<rect x="${LEFT}" y="${y}" width="${(end - LEFT).toFixed(1)}" height="${BAR}" fill="${COLORS[id]}"><title>${escapeXml(id)}: ${r.toFixed(2)}×</title></rect>`,
        `<text x="${(end + 4).toFixed(1)}" y="${y + BAR - 2}" font-size="10" fill="#333">${r.toFixed(2)}×</text>`,
      )
    })
    const gx = x(row.goal).toFixed(1)
    parts.push(
      `<line x1="${gx}" y1="${y0 + 2}" x2="${gx}" y2="${y0 + rowHeight - 8}" stroke="#2b8a3e" stroke-width="2" stroke-dasharray="3 2"><title>goal ${row.goal}×</title></line>`,
    )
  })
  const legendY = height - 6
  let lx = 10
  for (const id of ids) {
    parts.push(`<rect x="${lx}" y="${legendY - 9}" width="10" height="10" fill="${COLORS[id]}"/>`)
    parts.push(`<text x="${lx + 14}" y="${legendY}">${escapeXml(id)}</text>`)
    lx += 24 + id.length * 7
  }
  parts.push(`<text x="${lx}" y="${legendY}" fill="#2b8a3e">┆ goal</text>`)
  if (caption)
    parts.push(
      `<text x="${width - 8}" y="${legendY}" text-anchor="end" fill="#777" font-size="10">${escapeXml(caption)}</text>`,
    )
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}
