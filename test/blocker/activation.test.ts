// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { allowing, external, holdNetwork, inline, openPage } from './fake-page'

const activated = () => [...document.querySelectorAll('[data-koekje-activated]')]

describe('what runs', () => {
  test('runs an inline script once its category is consented', () => {
    openPage(inline('hotjar', 'data-category="analytics" data-service="hotjar"'), allowing('analytics', 'hotjar'))
    expect(window.ran).toEqual(['hotjar'])
  })

  test('keeps a script blocked, untouched, while its category is refused', () => {
    const html = inline('hotjar', 'data-category="analytics" data-service="hotjar" id="hj"')
    openPage(html, allowing('functional'))
    expect(window.ran).toEqual([])
    expect(document.body.innerHTML).toBe(html)
  })

  test('keeps a service blocked while only its category is consented', () => {
    openPage(inline('hotjar', 'data-category="analytics" data-service="hotjar"'), allowing('analytics'))
    expect(window.ran).toEqual([])
  })

  test('asks the decision table with exactly the markup of category-only and service-only elements', () => {
    const isAllowed = vi.fn(() => false)
    openPage(inline('a', 'data-category="analytics"') + inline('b', 'data-service="youtube"'), isAllowed)
    expect(isAllowed.mock.calls).toEqual([
      ['analytics', undefined],
      [undefined, 'youtube'],
    ])
  })

  test('runs a service-only script when its service is consented', () => {
    openPage(inline('yt', 'data-service="youtube"'), allowing('youtube'))
    expect(window.ran).toEqual(['yt'])
  })

  test('runs what the visitor consents to later, without a reload', () => {
    const granted: string[] = []
    const blocker = openPage(inline('ga') + inline('fb', 'data-category="marketing"'), (category) =>
      granted.includes(category!),
    )
    granted.push('marketing')
    blocker.refresh()
    expect(window.ran).toEqual(['fb'])
    granted.push('analytics')
    blocker.refresh()
    expect(window.ran).toEqual(['fb', 'ga'])
  })

  test('runs each script once however often the decision is refreshed', () => {
    const network = holdNetwork()
    const blocker = openPage(inline('a') + external('b') + inline('c'), allowing('analytics'))
    blocker.refresh()
    network.answer()
    blocker.refresh()
    expect(activated()).toHaveLength(3)
    expect(network.urls()).toEqual([])
    expect(window.ran).toEqual(['a', 'b', 'c'])
  })

  test('never touches elements that are not Koekje’s, such as a lazy-load library’s', () => {
    const html =
      '<script type="text/plain">window.ran.push("x")</script><iframe data-src="https://lazy.test/"></iframe>' +
      '<img data-src="https://lazy.test/a.png" data-srcset="https://lazy.test/b.png 2x">'
    openPage(html, () => true)
    expect(document.body.innerHTML).toBe(html)
    expect(window.ran).toEqual([])
  })
})

describe('the re-created script', () => {
  test('keeps every other attribute and replaces the original in place', () => {
    holdNetwork()
    openPage(
      `<p></p>${external('hotjar', 'data-category="analytics" data-service="hotjar" id="hj" class="x" crossorigin="anonymous" referrerpolicy="no-referrer" integrity="sha384-abc" data-extra="1"')}<hr>`,
      allowing('analytics', 'hotjar'),
    )
    const script = document.body.children[1] as HTMLScriptElement
    expect(script.tagName).toBe('SCRIPT')
    expect(Object.fromEntries([...script.attributes].map((a) => [a.name, a.value]))).toEqual({
      'data-category': 'analytics',
      'data-service': 'hotjar',
      'data-src': 'https://cdn.test/hotjar.js',
      src: 'https://cdn.test/hotjar.js',
      id: 'hj',
      class: 'x',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      integrity: 'sha384-abc',
      'data-extra': '1',
      'data-koekje-activated': '',
    })
    expect(document.body.lastElementChild!.tagName).toBe('HR')
  })

  test('becomes a module when data-type says so', () => {
    holdNetwork()
    openPage(
      '<script type="text/plain" data-category="analytics" data-type="module">window.ran.push("m")</script>' +
        external('lib', 'data-category="analytics" data-type="module"'),
      allowing('analytics'),
    )
    expect(activated().map((script) => script.getAttribute('type'))).toEqual(['module', 'module'])
  })

  test('is a classic script when there is no data-type', () => {
    holdNetwork()
    openPage(external('lib'), allowing('analytics'))
    expect(activated()[0]!.hasAttribute('type')).toBe(false)
  })

  test('carries the nonce of Koekje’s own script', () => {
    holdNetwork()
    openPage(inline('a') + external('b'), allowing('analytics'), 'r4nd0m')
    for (const script of activated() as HTMLScriptElement[]) {
      expect(script.nonce).toBe('r4nd0m')
      expect(script.getAttribute('nonce')).toBe('r4nd0m')
    }
  })

  test('gets no nonce when Koekje’s own script has none', () => {
    openPage(inline('a'), allowing('analytics'))
    expect(activated()[0]!.hasAttribute('nonce')).toBe(false)
  })

  test('keeps the page’s async attribute, and is in-order (async = false) without it', () => {
    holdNetwork()
    openPage(external('a', 'data-category="analytics" async') + external('b'), allowing('analytics'))
    const [a, b] = activated() as HTMLScriptElement[]
    expect(a!.async).toBe(true)
    expect(b!.async).toBe(false)
  })
})

describe('iframes and images', () => {
  test('loads a consented iframe and pixel from data-src and data-srcset', () => {
    openPage(
      '<iframe data-category="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>' +
        '<img data-category="marketing" data-src="/pixel.gif" data-srcset="/pixel.gif 1x, //cdn.test/pixel2.gif 2x">',
      allowing('marketing', 'youtube'),
    )
    const [iframe, img] = activated()
    expect(iframe!.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x')
    expect(img!.getAttribute('src')).toBe('/pixel.gif')
    expect(img!.getAttribute('srcset')).toBe('/pixel.gif 1x, //cdn.test/pixel2.gif 2x')
  })

  test('loads a service-only iframe and pixel once their service is consented', () => {
    openPage(
      '<iframe data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>' +
        '<img data-service="linkedin" data-src="https://px.test/li.gif">',
      allowing('youtube', 'linkedin'),
    )
    expect(activated().map((el) => el.getAttribute('src'))).toEqual([
      'https://www.youtube-nocookie.com/embed/x',
      'https://px.test/li.gif',
    ])
  })

  test('leaves a refused iframe without src', () => {
    const html = '<iframe data-category="marketing" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>'
    openPage(html, allowing('analytics'))
    expect(document.body.innerHTML).toBe(html)
  })
})

describe('hostile markup', () => {
  test.each([
    ['an iframe', '<iframe data-category="analytics" data-src="javascript:window.ran.push(1)"></iframe>'],
    ['an image', '<img data-category="analytics" data-src="javascript:alert(1)">'],
    ['a script', '<script type="text/plain" data-category="analytics" data-src="javascript:alert(1)"></script>'],
    [
      'a data: iframe',
      '<iframe data-category="analytics" data-src="data:text/html,<script>alert(1)</script>"></iframe>',
    ],
    ['a script with src', '<script type="text/plain" data-category="analytics" src="  JavaScript:alert(1)"></script>'],
  ])('refuses %s that names a javascript: or data: URL, and says so', (_, html) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    onTestFinishedRestore(warn)
    openPage(html, allowing('analytics'))
    expect(document.body.innerHTML).toBe(html)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[koekje\] /), document.body.firstElementChild)
  })

  test('refuses it once, not on every refresh', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    onTestFinishedRestore(warn)
    const blocker = openPage('<iframe data-category="analytics" data-src="javascript:void 0"></iframe>', () => true)
    blocker.refresh()
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

function onTestFinishedRestore(spy: { mockRestore(): void }) {
  onTestFinished(() => spy.mockRestore())
}
