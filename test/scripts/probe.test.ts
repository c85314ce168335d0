import { afterEach, describe, expect, it, vi } from 'vitest'
// @ts-expect-error: a plain .mjs script of the bench, without types
import { installProbe } from '../../scripts/bench/probe.mjs'

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const install = (banner: string) => {
  const frames = vi.fn()
  vi.stubGlobal('requestAnimationFrame', frames)
  installProbe({ banner, trackerHosts: [], trackerCount: 0 })
  return frames
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe("the bench's banner probe", () => {
  it('runs no frame callback while the page is parsed and has no banner yet', async () => {
    const frames = install('#banner')
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('p'))
    await settle()
    expect(frames).not.toHaveBeenCalled()

    const banner = document.createElement('div')
    banner.id = 'banner'
    document.body.append(banner)
    await settle()
    expect(frames).toHaveBeenCalledOnce()
  })

  it('finds a banner inside a widget’s open shadow root', async () => {
    const frames = install('#host >>> .banner')
    const host = document.createElement('div')
    host.id = 'host'
    document.body.append(host)
    await settle()
    expect(frames).not.toHaveBeenCalled()

    host.attachShadow({ mode: 'open' }).innerHTML = '<section class="banner"></section>'
    document.body.append(document.createElement('p'))
    await settle()
    expect(frames).toHaveBeenCalledOnce()
  })
})
