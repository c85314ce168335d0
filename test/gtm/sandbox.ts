import type { Permissions, PlainValue } from './template-file'

/**
 * Stand-ins for the `require()` APIs of Tag Manager's sandbox. Each records
 * its calls and, like Tag Manager, throws when the template's declared
 * permissions do not allow what it is asked to do.
 */

export interface Call {
  api: string
  args: unknown[]
}

export interface SandboxOptions {
  permissions: Permissions
  /** Values `getCookieValues` returns, by cookie name. */
  cookies?: Record<string, string[]>
  /** Milliseconds since the epoch, for `getTimestampMillis`. */
  now?: number
  /** What the injected script does: loads, fails, or has not finished yet. */
  script?: 'loads' | 'fails' | 'pending'
}

/** The permission each API needs, `null` when it needs none. Unknown APIs fail the run. */
export const API_PERMISSIONS: Record<string, string | null> = {
  setDefaultConsentState: 'access_consent',
  updateConsentState: 'access_consent',
  isConsentGranted: 'access_consent',
  getCookieValues: 'get_cookies',
  injectScript: 'inject_script',
  gtagSet: 'write_data_layer',
  logToConsole: 'logging',
  queryPermission: null,
  encodeUriComponent: null,
  getTimestampMillis: null,
  getType: null,
  makeString: null,
  makeNumber: null,
  makeInteger: null,
  Math: null,
  JSON: null,
}

/** Settings keys of a consent command that are not consent types. */
const CONSENT_SETTINGS = ['wait_for_update', 'region']

const list = (value: PlainValue | undefined): PlainValue[] => (Array.isArray(value) ? value : [])

const mayAccessConsent = (permissions: Permissions, type: string, access: 'read' | 'write') =>
  list(permissions.access_consent?.consentTypes).some(
    (entry) =>
      typeof entry === 'object' && !Array.isArray(entry) && entry.consentType === type && entry[access] === true,
  )

const mayReadCookie = (permissions: Permissions, name: string) => {
  const cookies = permissions.get_cookies
  return cookies?.cookieAccess === 'any' || list(cookies?.cookieNames).includes(name)
}

/** Tag Manager's URL match patterns: https only, `*.` for subdomains, a trailing `/` matches the path below it. */
export const matchesUrlPattern = (pattern: string, url: string): boolean => {
  const wanted = new URL(pattern)
  const actual = new URL(url)
  if (actual.protocol !== 'https:' || wanted.protocol !== 'https:') return false
  const host = wanted.hostname
  const hostMatches = host.startsWith('*.')
    ? actual.hostname.endsWith(host.slice(1)) || actual.hostname === host.slice(2)
    : actual.hostname === host
  const pathMatches = wanted.pathname.endsWith('/')
    ? actual.pathname.startsWith(wanted.pathname)
    : actual.pathname === wanted.pathname
  return hostMatches && pathMatches
}

const mayInjectScript = (permissions: Permissions, url: string) =>
  list(permissions.inject_script?.urls).some((pattern) => matchesUrlPattern(String(pattern), url))

const mayWriteDataLayer = (permissions: Permissions, key: string) =>
  list(permissions.write_data_layer?.keyPatterns).some((pattern) => {
    const text = String(pattern)
    return text.endsWith('.*') ? key.startsWith(text.slice(0, -1)) : key === text
  })

const allowed = (permissions: Permissions, permission: string, ...args: unknown[]): boolean => {
  const [first, second] = args.map(String)
  switch (permission) {
    case 'access_consent':
      return mayAccessConsent(permissions, first!, second === 'read' ? 'read' : 'write')
    case 'get_cookies':
      return mayReadCookie(permissions, first!)
    case 'inject_script':
      return mayInjectScript(permissions, first!)
    case 'write_data_layer':
      return mayWriteDataLayer(permissions, first!)
    case 'logging':
      return permissions.logging !== undefined
    default:
      return false
  }
}

export const createSandbox = (options: SandboxOptions) => {
  const { permissions } = options
  const calls: Call[] = []
  const record = (api: string, args: unknown[]) => calls.push({ api, args })
  const check = (permission: string, ...args: unknown[]) => {
    if (!allowed(permissions, permission, ...args))
      throw new Error(`permission ${permission} denies ${args.join(', ')}`)
  }
  const setsConsent = (api: string) => (settings: Record<string, unknown>) => {
    record(api, [settings])
    for (const type of Object.keys(settings))
      if (!CONSENT_SETTINGS.includes(type)) check('access_consent', type, 'write')
  }

  const apis: Record<string, unknown> = {
    setDefaultConsentState: setsConsent('setDefaultConsentState'),
    updateConsentState: setsConsent('updateConsentState'),
    getCookieValues: (name: string, decode?: boolean) => {
      record('getCookieValues', [name, decode])
      check('get_cookies', name)
      return [...(options.cookies?.[name] ?? [])]
    },
    injectScript: (url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string) => {
      record('injectScript', [url, onSuccess, onFailure, cacheToken])
      check('inject_script', url)
      if (options.script === 'fails') onFailure()
      else if (options.script !== 'pending') onSuccess()
    },
    queryPermission: (permission: string, ...args: unknown[]) => {
      record('queryPermission', [permission, ...args])
      return allowed(permissions, permission, ...args)
    },
    gtagSet: (key: string | Record<string, unknown>, value?: unknown) => {
      record('gtagSet', [key, value])
      for (const name of typeof key === 'string' ? [key] : Object.keys(key)) check('write_data_layer', name)
    },
    logToConsole: (...args: unknown[]) => {
      record('logToConsole', args)
      check('logging')
    },
    encodeUriComponent: encodeURIComponent,
    getTimestampMillis: () => options.now ?? Date.now(),
    getType: (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value),
    makeString: String,
    makeNumber: Number,
    makeInteger: (value: unknown) => Math.trunc(Number(value)),
    Math: {
      abs: Math.abs,
      ceil: Math.ceil,
      floor: Math.floor,
      max: Math.max,
      min: Math.min,
      pow: Math.pow,
      random: Math.random,
      round: Math.round,
      sqrt: Math.sqrt,
    },
    JSON: { parse: JSON.parse, stringify: JSON.stringify },
  }

  const require = (name: string) => {
    if (!(name in API_PERMISSIONS) || !(name in apis)) throw new Error(`no stand-in for sandbox API ${name}`)
    return apis[name]
  }

  return {
    calls,
    require,
    gtmOnSuccess: () => record('gtmOnSuccess', []),
    gtmOnFailure: () => record('gtmOnFailure', []),
  }
}

/** Runs the template's sandboxed code once, as a firing tag would, and returns what it called. */
export const runTemplate = (code: string, data: Record<string, unknown>, options: SandboxOptions) => {
  const sandbox = createSandbox(options)
  const body = new Function('require', 'data', code)
  body(sandbox.require, { ...data, gtmOnSuccess: sandbox.gtmOnSuccess, gtmOnFailure: sandbox.gtmOnFailure })
  const { calls } = sandbox
  return {
    calls,
    callsTo: (api: string) => calls.filter((call) => call.api === api).map((call) => call.args),
    apis: () => calls.map((call) => call.api),
  }
}
