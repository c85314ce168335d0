/**
 * First-party cookies: read, write, and erase wherever they may have been set.
 */

/** document.cookie is `a=1; b=2`: the value follows `; name=` once a `; ` leads it too. */
export const readCookie = (name: string): string | undefined =>
  `; ${document.cookie}`.split(`; ${name}=`)[1]?.split(';')[0]

export const writeCookie = (name: string, value: string, days: number, domain?: string): void => {
  document.cookie = `${name}=${value};Max-Age=${Math.round(days * 86400)};Path=/;SameSite=Lax${
    location.protocol === 'https:' ? ';Secure' : ''
  }${domain ? `;Domain=${domain}` : ''}`
}

/** `_ga_*` → /^_ga_.*$/; every other character is literal. */
const patternToRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)

/**
 * The Domain values a cookie of this page can carry: none (host-only) and
 * the host and each parent domain, `a.b.example.com`, `b.example.com`,
 * `example.com`. A cookie is only removed by a write with the same Domain it
 * was set with, and document.cookie does not tell which one that was, so we
 * expire the name on every variant. (The browser ignores the top-level one.)
 */
const domainVariants = (host: string): (string | undefined)[] => {
  const labels = host.split('.')
  const variants: (string | undefined)[] = [undefined]
  for (let i = 0; i < labels.length - 1; i++) variants.push(labels.slice(i).join('.'))
  return variants
}

/**
 * Erases every cookie whose name matches one of the patterns, on path `/`.
 * `Max-Age=-1`: any value up to 0 expires a cookie at once (RFC 6265 5.2.2);
 * happy-dom, which the unit tests run in, keeps a `Max-Age=0` one for the
 * rest of the millisecond, and a decision written right after would read back empty.
 */
export const eraseCookies = (patterns: string[]): void => {
  if (!patterns.length) return
  const matchers = patterns.map(patternToRegExp)
  for (const pair of document.cookie.split('; ')) {
    const name = pair.slice(0, pair.indexOf('='))
    if (name && matchers.some((m) => m.test(name)))
      for (const domain of domainVariants(location.hostname))
        document.cookie = `${name}=;Max-Age=-1;Path=/${domain ? `;Domain=${domain}` : ''}`
  }
}
