// How the catalogue checker names places and values, in words a marketing person reads easily.

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
export const languageName = (code) => {
  try {
    const name = languageNames.of(code)
    return name ? `${name} ("${code}")` : `"${code}"`
  } catch {
    return `"${code}"`
  }
}

export const show = (value) => {
  if (typeof value === 'string') return value === '' ? 'empty' : `"${value}" (text)`
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'a group of fields { … }'
  return String(value)
}
export const quote = (value) => (typeof value === 'string' ? `"${value}"` : String(value))

export const TYPE_WORDS = {
  integer: 'a whole number like 2, without quotes',
  number: 'a number, without quotes',
  string: 'a text in "double quotes"',
  boolean: 'true or false, without quotes',
  array: 'a list in [ ]',
  object: 'a group of fields in { }',
}

/** Levenshtein distance, to turn "analytic" into 'Did you mean "analytics"?'. */
const distance = (a, b) => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
export const didYouMean = (word, known) => {
  if (typeof word !== 'string') return ''
  // Only texts can be misspelt: an enum may also hold true and false.
  const best = known
    .filter((candidate) => typeof candidate === 'string')
    .map((candidate) => ({ candidate, d: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(1, Math.floor(word.length / 3)) ? ` Did you mean "${best.candidate}"?` : ''
}

// ---------------------------------------------------------------- places

export const segmentsOf = (pointer) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))

/** `services[3] ("hotjar").cookies[0] ("_ga")`: array items are named by their id or name, so people find them. */
export const label = (root, segments) => {
  let text = ''
  let node = root
  for (const segment of segments) {
    if (Array.isArray(node)) {
      node = node[Number(segment)]
      const name = node && typeof node === 'object' ? (node.id ?? node.name) : undefined
      text += `[${segment}]${typeof name === 'string' ? ` ("${name}")` : ''}`
    } else {
      node = node?.[segment]
      text += text ? `.${segment}` : segment
    }
  }
  return text
}

/** What the message is about: `services[3] ("hotjar"): "category"`, `"revision"`, `doNotTrack.services[0]`. */
export const subject = (root, segments) => {
  if (segments.length === 0) return 'The catalogue'
  const last = segments.at(-1)
  const parent = segments.slice(0, -1)
  if (/^\d+$/.test(last)) return label(root, segments)
  return parent.length ? `${label(root, parent)}: "${last}"` : `"${last}"`
}

export const at = (root, segments) => segments.reduce((node, s) => node?.[s], root)
