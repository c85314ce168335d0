// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { allowing, external, fragment, holdNetwork, inline, nextTick, openPage, whileLoading } from './fake-page'

test('inserts consecutive external scripts at once, so they download in parallel', () => {
  const network = holdNetwork()
  openPage(external('a') + external('b'), allowing('analytics'))
  expect(network.urls()).toEqual(['https://cdn.test/a.js', 'https://cdn.test/b.js'])
})

test('runs an inline script only after the external script before it has loaded', () => {
  const network = holdNetwork()
  openPage(external('gtag') + inline('config'), allowing('analytics'))
  expect(window.ran).toEqual([])
  expect(document.querySelector('script[type="text/plain"]')).not.toBeNull()
  network.answer()
  expect(window.ran).toEqual(['gtag', 'config'])
})

test('runs an inline script after every earlier external script, not only the last', () => {
  const network = holdNetwork()
  openPage(external('a') + external('b') + inline('c'), allowing('analytics'))
  network.answer('https://cdn.test/b.js')
  expect(window.ran).toEqual(['b'])
  network.answer('https://cdn.test/a.js')
  expect(window.ran).toEqual(['b', 'a', 'c'])
})

test('holds an external script after a waiting inline one back too, to keep document order', () => {
  const network = holdNetwork()
  openPage(external('a') + inline('b') + external('c'), allowing('analytics'))
  expect(network.urls()).toEqual(['https://cdn.test/a.js'])
  network.answer()
  expect(network.urls()).toEqual(['https://cdn.test/c.js'])
  network.answer()
  expect(window.ran).toEqual(['a', 'b', 'c'])
})

test('goes on after an external script that fails to load', () => {
  const network = holdNetwork()
  openPage(external('blocked-by-adblock') + inline('after') + external('next') + inline('last'), allowing('analytics'))
  network.answer(undefined, false)
  expect(window.ran).toEqual(['after'])
  network.answer()
  expect(window.ran).toEqual(['after', 'next', 'last'])
})

test('does not wait for a refused external script', () => {
  const network = holdNetwork()
  openPage(external('fb', 'data-category="marketing"') + inline('ga'), allowing('analytics'))
  expect(network.urls()).toEqual([])
  expect(window.ran).toEqual(['ga'])
})

test('does not wait for a nomodule script, which a browser with modules never fetches', () => {
  const network = holdNetwork()
  openPage(
    external('widget.esm', 'data-category="analytics" data-type="module"') +
      external('widget.legacy', 'data-category="analytics" nomodule') +
      inline('config'),
    allowing('analytics'),
  )
  network.answer('https://cdn.test/widget.esm.js')
  expect(window.ran).toEqual(['widget.esm', 'config'])
})

test('skips waiting scripts that the page removed meanwhile, without waiting for them', () => {
  const network = holdNetwork()
  openPage(
    external('a') +
      inline('gone', 'data-category="analytics" id="gone"') +
      external('gone-too', 'data-category="analytics" id="gone-too"') +
      inline('b'),
    allowing('analytics'),
  )
  document.getElementById('gone')!.remove()
  document.getElementById('gone-too')!.remove()
  network.answer()
  expect(network.urls()).toEqual([])
  expect(window.ran).toEqual(['a', 'b'])
})

test('goes on after a waiting external script whose container the page removed', async () => {
  const network = holdNetwork()
  const granted = ['analytics']
  const blocker = openPage(`${external('a')}${inline('b')}<div id="widget">${external('c')}</div>`, (category) =>
    granted.includes(category!),
  )
  // An SPA or a closed modal removes the widget while b and c still wait for a.
  document.getElementById('widget')!.remove()
  network.answer()
  expect(window.ran).toEqual(['a', 'b'])
  expect(network.urls()).toEqual([])
  // A script consented later still runs: nothing waits for c, which a detached tree would never load.
  document.body.append(fragment(inline('later', 'data-category="marketing"')))
  granted.push('marketing')
  blocker.refresh()
  await nextTick()
  expect(window.ran).toEqual(['a', 'b', 'later'])
})

test('does not run a waiting script whose consent is withdrawn while the external before it loads', () => {
  const network = holdNetwork()
  const granted = ['analytics']
  const blocker = openPage(external('gtag') + inline('config'), (category) => granted.includes(category!))
  expect(network.urls()).toEqual(['https://cdn.test/gtag.js'])
  // The visitor refuses analytics while gtag.js still downloads; the core refreshes.
  granted.length = 0
  blocker.refresh()
  network.answer()
  // gtag.js had started and cannot be stopped, but its configuration (which sets _ga) is never released...
  expect(window.ran).toEqual(['gtag'])
  // ...until the visitor consents again.
  granted.push('analytics')
  blocker.refresh()
  expect(window.ran).toEqual(['gtag', 'config'])
})

describe('while the page is parsed', () => {
  test('inserts the external scripts before an inline one at once, and the rest at DOMContentLoaded', () => {
    const parser = whileLoading()
    const network = holdNetwork()
    openPage(external('a') + inline('b') + external('c'), allowing('analytics'))
    expect(network.urls()).toEqual(['https://cdn.test/a.js'])
    network.answer()
    expect(window.ran).toEqual(['a'])
    expect(network.urls()).toEqual([])
    parser.finish()
    expect(window.ran).toEqual(['a', 'b'])
    expect(network.urls()).toEqual(['https://cdn.test/c.js'])
  })

  test.each([
    ['a defer script', external('chat', 'data-category="analytics" defer')],
    ['an external module', external('chat', 'data-category="analytics" data-type="module"')],
  ])('inserts %s, and what follows it, only at DOMContentLoaded, as the page would run it', (_, html) => {
    const parser = whileLoading()
    const network = holdNetwork()
    openPage(external('first') + html + external('after'), allowing('analytics'))
    expect(network.urls()).toEqual(['https://cdn.test/first.js'])
    parser.finish()
    expect(network.urls()).toEqual([
      'https://cdn.test/first.js',
      'https://cdn.test/chat.js',
      'https://cdn.test/after.js',
    ])
  })
})

/** One held-back script of a generated page: inline or external, consented at first or only later, loading or failing. */
interface PageScript {
  external: boolean
  consentedFirst: boolean
  fails: boolean
}
const pageScript = fc.record<PageScript>({ external: fc.boolean(), consentedFirst: fc.boolean(), fails: fc.boolean() })

const renderPage = (scripts: PageScript[]) =>
  scripts
    .map(({ external: isExternal, consentedFirst }, i) => {
      const attributes = `data-category="${consentedFirst ? 'analytics' : 'marketing'}"`
      return isExternal ? external(`s${i}`, attributes) : inline(`s${i}`, attributes)
    })
    .join('')

/** What must have run: the scripts of one consent step in document order, failed externals excepted. */
const expectedRuns = (scripts: PageScript[], consentedFirst: boolean) =>
  scripts.flatMap((script, i) =>
    script.consentedFirst === consentedFirst && !(script.external && script.fails) ? [`s${i}`] : [],
  )

test('runs consented scripts in document order, each exactly once, whatever the page and the network do', () => {
  fc.assert(
    fc.property(fc.array(pageScript, { maxLength: 10 }), fc.array(fc.boolean()), (scripts, refreshes) => {
      const cleanUps: (() => void)[] = []
      const onEnd = (cleanUp: () => void) => {
        cleanUps.push(cleanUp)
      }
      try {
        const network = holdNetwork(onEnd)
        const granted = ['analytics']
        const blocker = openPage(renderPage(scripts), (category) => granted.includes(category!), '', onEnd)
        // Scripts with async = false execute in insertion order, so the browser answers them in that order;
        // the page may refresh the decision in between.
        const answerAll = () => {
          for (let step = 0; network.requested.length > 0; step++) {
            if (refreshes[step % refreshes.length]) blocker.refresh()
            const index = Number(network.urls()[0]!.replace(/^.*\/s|\.js$/g, ''))
            network.answer(undefined, !scripts[index]!.fails)
          }
        }

        answerAll()
        expect(window.ran).toEqual(expectedRuns(scripts, true))
        granted.push('marketing')
        blocker.refresh()
        answerAll()
        blocker.refresh()
        expect(window.ran).toEqual([...expectedRuns(scripts, true), ...expectedRuns(scripts, false)])
        expect(document.querySelectorAll('[data-koekje-activated]')).toHaveLength(scripts.length)
        expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0)
      } finally {
        for (const cleanUp of cleanUps) cleanUp()
      }
    }),
  )
})
