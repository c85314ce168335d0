import type { CookieInfo } from '../types'

/** `_ga`, or `_fbp (.facebook.com)` when a third party sets it on its own domain. */
export const cookieName = (cookie: CookieInfo): string =>
  cookie.domain ? `${cookie.name} (${cookie.domain})` : cookie.name
