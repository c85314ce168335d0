import { afterEach, describe, expect, it } from 'vitest'
import { consentOf, defaultCatalogue, mountUi, resetPage } from './fake-host'

afterEach(resetPage)

/** A video embed held back for marketing, and one the site gave its own srcdoc. */
const page = () => {
  document.body.innerHTML =
    '<iframe id="video" data-category="marketing" data-service="google-ads" data-src="https://video.example/embed"></iframe>' +
    '<iframe id="own" data-category="marketing" srcdoc="<p>the site’s own</p>"></iframe>' +
    '<iframe id="plain" title="untagged"></iframe>'
}
const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement

describe('an embed held back for consent', () => {
  it('says why in its own box, in the visitor’s language, with a button to the settings', () => {
    page()
    mountUi()
    const placeholder = new DOMParser().parseFromString(frame('video').srcdoc, 'text/html')
    expect(placeholder.documentElement.lang).toBe('nl')
    expect(placeholder.querySelector('p')?.textContent).toBe(
      'Deze inhoud wordt pas getoond als u de cookies van deze dienst toestaat.',
    )
    expect(placeholder.querySelector('button')?.textContent).toBe('Cookie-instellingen openen')
    // Under a CSP, its style carries the nonce of Koekje's tag.
    expect(placeholder.querySelector('style')?.getAttribute('nonce')).toBe('n0nce')
  })

  it('leaves a frame with a srcdoc of the site’s own, and untagged frames, alone', () => {
    page()
    mountUi()
    expect(frame('own').srcdoc).toBe('<p>the site’s own</p>')
    expect(frame('plain').hasAttribute('srcdoc')).toBe(false)
  })

  it('shows catalogue text as text, never as markup', () => {
    page()
    const catalogue = defaultCatalogue()
    catalogue.texts.nl!.blockedContent = '<img src=x onerror="alert(1)"> & "more"'
    mountUi({ catalogue })
    const placeholder = new DOMParser().parseFromString(frame('video').srcdoc, 'text/html')
    expect(placeholder.querySelector('img')).toBeNull()
    expect(placeholder.querySelector('p')?.textContent).toBe('<img src=x onerror="alert(1)"> & "more"')
  })

  it('leaves a frame the decision allows to the blocker, even before it is released', () => {
    document.body.innerHTML =
      '<iframe id="map" data-category="functional" data-service="google-maps" data-src="https://maps.example/embed"></iframe>'
    mountUi()
    expect(frame('map').hasAttribute('srcdoc')).toBe(false)
  })

  it('takes the placeholder off once the frame is released, and only then', () => {
    page()
    const { host } = mountUi()
    host.$consent.set(consentOf(host.catalogue, { categories: ['analytics'], services: [] }))
    expect(frame('video').hasAttribute('srcdoc')).toBe(true)
    // What the core's blocker does to a frame it releases, before this listener runs.
    frame('video').setAttribute('data-koekje-activated', '')
    host.$consent.set(consentOf(host.catalogue, { categories: ['marketing'], services: ['google-ads'] }))
    expect(frame('video').hasAttribute('srcdoc')).toBe(false)
    expect(frame('own').srcdoc).toBe('<p>the site’s own</p>')
  })
})
