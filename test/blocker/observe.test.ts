// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { expect, test } from 'vitest'
import { allowing, external, fragment, holdNetwork, inline, nextTick, openPage, whileLoading } from './fake-page'

test('runs a consented script that a tag manager adds after load', async () => {
  openPage('', allowing('analytics'))
  document.body.append(fragment(inline('late')))
  expect(window.ran).toEqual([])
  await nextTick()
  expect(window.ran).toEqual(['late'])
})

test('finds held-back scripts deep inside an added subtree, in document order', async () => {
  const network = holdNetwork()
  openPage('', allowing('analytics'))
  const widget = document.createElement('div')
  widget.append(fragment(`<section>${external('a')}</section>${inline('b')}`))
  document.body.append(widget)
  await nextTick()
  expect(network.urls()).toEqual(['https://cdn.test/a.js'])
  network.answer()
  expect(window.ran).toEqual(['a', 'b'])
})

test('runs a script added later only after the external script the page already started', async () => {
  // The parser hands the body to the observer in several batches: document order must hold across them.
  const network = holdNetwork()
  openPage(external('gtag'), allowing('analytics'))
  document.body.append(fragment(inline('config')))
  await nextTick()
  expect(window.ran).toEqual([])
  network.answer()
  expect(window.ran).toEqual(['gtag', 'config'])
})

test('waits while the parser may still be filling the last inline script, until DOMContentLoaded', async () => {
  const parser = whileLoading()
  openPage('<p>text</p>', allowing('analytics'))
  const [script] = fragment(inline('half', 'data-category="analytics" id="half"')).children
  document.body.append(script!)
  await nextTick()
  expect(window.ran).toEqual([])
  script!.textContent += '; window.ran.push("whole")'
  parser.finish()
  expect(window.ran).toEqual(['half', 'whole'])
})

test('waits for DOMContentLoaded even when the page appended something after the inline script', async () => {
  // The parser is inside <main>, filling this script's text, while a tag (GTM, a chat widget, Koekje's
  // own banner) appends to <body>: that the script has something after it proves nothing.
  const parser = whileLoading()
  const granted: string[] = []
  const blocker = openPage('<main id="main"><p>text</p></main>', (category) => granted.includes(category!))
  const [script] = fragment(inline('half')).children
  document.getElementById('main')!.append(script!)
  document.body.append(document.createElement('div'))
  await nextTick()
  // The visitor accepts before the page has finished loading.
  granted.push('analytics')
  blocker.refresh()
  expect(window.ran).toEqual([])
  script!.textContent += '; window.ran.push("whole")'
  parser.finish()
  expect(window.ran).toEqual(['half', 'whole'])
})

/** Appends `count` paragraphs one by one: as many records in the observer's next batch. */
const appendParagraphs = (count: number) => {
  for (let i = 0; i < count; i++) document.body.append(document.createElement('p'))
}

test('finds a held-back script among a batch of hundreds of additions, as the parser hands them over', async () => {
  openPage('', allowing('analytics'))
  appendParagraphs(300)
  document.body.append(fragment(inline('among-many')))
  appendParagraphs(300)
  await nextTick()
  expect(window.ran).toEqual(['among-many'])
})

test('leaves a refused script in a batch of hundreds of additions blocked', async () => {
  openPage('', allowing('marketing'))
  appendParagraphs(300)
  document.body.append(fragment(inline('refused')))
  await nextTick()
  expect(window.ran).toEqual([])
})

test('loads a consented iframe added later', async () => {
  openPage('', allowing('marketing'))
  document.body.append(fragment('<iframe data-category="marketing" data-src="https://player.test/1"></iframe>'))
  await nextTick()
  expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://player.test/1')
})

test('keeps a refused script that is added later blocked until consent', async () => {
  const granted: string[] = []
  const blocker = openPage('', (category) => granted.includes(category!))
  document.body.append(fragment(inline('late')))
  await nextTick()
  expect(window.ran).toEqual([])
  granted.push('analytics')
  blocker.refresh()
  expect(window.ran).toEqual(['late'])
})

test('runs a script once even when the page adds and moves it within one tick', async () => {
  openPage('<div id="a"></div><div id="b"></div>', allowing('analytics'))
  const [script] = fragment(inline('once')).children
  document.getElementById('a')!.append(script!)
  document.getElementById('b')!.append(script!)
  document.getElementById('a')!.append(script!)
  await nextTick()
  await nextTick()
  expect(window.ran).toEqual(['once'])
})

test('runs an element once when both refresh() and the observer see it', async () => {
  const blocker = openPage('', allowing('analytics'))
  document.body.append(fragment(inline('once')))
  // refresh() in the same tick finds it first; the observer's record arrives afterwards.
  blocker.refresh()
  await nextTick()
  expect(window.ran).toEqual(['once'])
})

test('does not treat the scripts it inserts as new held-back elements', async () => {
  let asked = 0
  openPage(inline('a'), (category) => {
    asked++
    return category === 'analytics'
  })
  const askedToRelease = asked
  await nextTick()
  expect(asked).toBe(askedToRelease)
})

// The blocker watches a page for its lifetime; these two check that a test page's
// clean-up (fake-page.ts) really ends it, so no test sees another test's blocker.
test('a test page stops watching the document once stopped', async () => {
  const blocker = openPage('', allowing('analytics'))
  blocker.stop()
  document.body.append(fragment(inline('late')))
  await nextTick()
  expect(window.ran).toEqual([])
})

test('a stopped test page no longer picks up a half-parsed script at DOMContentLoaded', async () => {
  const parser = whileLoading()
  const blocker = openPage('', allowing('analytics'))
  document.body.append(fragment(inline('late')))
  await nextTick()
  blocker.stop()
  parser.finish()
  expect(window.ran).toEqual([])
})
