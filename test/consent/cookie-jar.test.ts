// @vitest-environment-options {"url":"https://www.callcenter-software.com/contact"}
import { afterEach, describe, expect, it, vi } from 'vitest'
import { eraseCookies, readCookie, writeCookie } from '../../src/consent/cookie-jar'

const writes: string[] = []
const spyOnCookieWrites = () => {
  let owner = Object.getPrototypeOf(document)
  while (!Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner)
  const descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie')!
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value)
    descriptor.set!.call(document, value)
  })
}

afterEach(() => {
  vi.restoreAllMocks()
  writes.length = 0
  for (const pair of document.cookie.split('; ')) document.cookie = `${pair.split('=')[0]}=;Max-Age=0;Path=/`
})

describe('first-party cookies', () => {
  it('reads a cookie by its exact name', () => {
    document.cookie = '_ga=GA1.1.1;Path=/'
    document.cookie = '_ga_ABC=GS1;Path=/'
    expect(readCookie('_ga')).toBe('GA1.1.1')
    expect(readCookie('_g')).toBeUndefined()
  })

  it('writes the consent cookie with Path=/, SameSite=Lax, Max-Age and Secure on https', () => {
    spyOnCookieWrites()
    writeCookie('koekje_consent', 'v', 365)
    expect(writes[0]).toBe('koekje_consent=v;Max-Age=31536000;Path=/;SameSite=Lax;Secure')
    expect(readCookie('koekje_consent')).toBe('v')
  })

  it('sets Domain only when the catalogue asks for it', () => {
    spyOnCookieWrites()
    writeCookie('koekje_consent', 'v', 1, '.callcenter-software.com')
    expect(writes[0]).toContain(';Domain=.callcenter-software.com')
  })

  it('erases every cookie matching a pattern, on the host and on each parent domain', () => {
    document.cookie = '_ga=1;Path=/'
    document.cookie = '_ga_XYZ123=2;Path=/'
    document.cookie = '_gat=3;Path=/'
    document.cookie = 'keep_me=4;Path=/'
    spyOnCookieWrites()
    eraseCookies(['_ga', '_ga_*'])
    // Gone, not left empty (real Chromium: test/e2e).
    expect(document.cookie).not.toMatch(/(^|; )_ga=/)
    expect(readCookie('_ga')).toBeFalsy()
    expect(readCookie('_ga_XYZ123')).toBeFalsy()
    expect(readCookie('_gat')).toBe('3')
    expect(readCookie('keep_me')).toBe('4')
    const forGa = writes.filter((w) => w.startsWith('_ga='))
    expect(forGa).toEqual([
      '_ga=;Max-Age=-1;Path=/',
      '_ga=;Max-Age=-1;Path=/;Domain=www.callcenter-software.com',
      '_ga=;Max-Age=-1;Path=/;Domain=callcenter-software.com',
    ])
  })

  it('treats pattern characters other than * literally', () => {
    document.cookie = '_gaX=1;Path=/'
    eraseCookies(['_g.'])
    expect(readCookie('_gaX')).toBe('1')
  })
})
