// Where a hand-edited JSON file breaks, with line, column and the usual reason.

/** Offset of the first JSON syntax error, found by a strict scan, since V8's messages often omit it. */
const syntaxErrorOffset = (text) => {
  let i = 0
  const fail = () => {
    throw i
  }
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? 'x')) i++
  }
  const string = () => {
    for (i++; i < text.length; i++) {
      if (text[i] === '"') return i++
      if (text[i] < ' ') fail()
      if (text[i] === '\\') {
        const sequence = text.slice(i + 1, i + 6)
        if (/^u[0-9a-fA-F]{4}/.test(sequence)) i += 5
        else if ('"\\/bfnrt'.includes(sequence[0] || 'x')) i += 1
        else fail()
      }
    }
    fail()
  }
  const items = (close, item) => {
    i++
    space()
    if (text[i] === close) return i++
    for (;;) {
      item()
      space()
      if (text[i] === close) return i++
      if (text[i] !== ',') fail()
      i++
      space()
    }
  }
  const value = () => {
    space()
    const c = text[i]
    if (c === '{') return items('}', member)
    if (c === '[') return items(']', value)
    if (c === '"') return string()
    const word = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i))
    if (!word) fail()
    i += word[0].length
  }
  const member = () => {
    if (text[i] !== '"') fail()
    string()
    space()
    if (text[i] !== ':') fail()
    i++
    value()
  }
  try {
    value()
    space()
    return Math.min(i, text.length)
  } catch (offset) {
    return offset
  }
}

const lineAndColumn = (text, offset) => {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** Where the JSON breaks and the usual reason, for people who edit JSON by hand now and then. */
export const describeSyntaxError = (text) => {
  const offset = syntaxErrorOffset(text)
  const before = text.slice(0, offset).trimEnd()
  const char = text[offset]
  const place = (errorAt) => {
    const { line, column } = lineAndColumn(text, errorAt)
    return {
      where: `line ${line}, column ${column}`,
      excerpt: `\n    ${text.split('\n')[line - 1]?.replaceAll('\t', ' ')}\n    ${' '.repeat(column - 1)}^`,
    }
  }
  if (char === undefined) {
    return `the file ends too early (${place(before.length).where}): a closing } or ] or a "double quote" is missing.`
  }
  if ('}]'.includes(char) && before.endsWith(',')) {
    const { where, excerpt } = place(before.length - 1)
    return `${where}: there is a comma after the last item. Remove that comma.${excerpt}`
  }
  if (/["{[\d-]/.test(char) && /["}\]\del]$/.test(before)) {
    const { where, excerpt } = place(before.length)
    return `${where}: a comma is missing between two items. Add a comma here.${excerpt}`
  }
  const { where, excerpt } = place(offset)
  if (char === '\\')
    return `${where}: this backslash \\ starts no valid escape. Write \\\\ for a backslash itself.${excerpt}`
  return `${where}: unexpected "${char}". Look for a text without "double quotes" around it, or a stray character.${excerpt}`
}
