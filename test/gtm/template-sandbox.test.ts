// @vitest-environment node
import { type Node, parse } from 'acorn'
import { describe, expect, it } from 'vitest'
import { fnv1a } from './consent-cookie'
import { fireTag, stateGranting, template } from './fire-tag'
import { API_PERMISSIONS } from './sandbox'

/**
 * Tag Manager runs the template in its sandbox, not in Node: these tests hold
 * the code to what that sandbox offers (ES5.1, no `new`, no `this`, only the
 * documented methods of the built-in types, APIs only through `require`).
 */

type AnyNode = Node & Record<string, unknown>

const nodesOf = (root: Node): AnyNode[] => {
  const nodes: AnyNode[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
      nodes.push(value as AnyNode)
      for (const [key, child] of Object.entries(value)) if (key !== 'loc') visit(child)
    }
  }
  visit(root)
  return nodes
}

const program = () => parse(template.code, { ecmaVersion: 5, sourceType: 'script' })
const nodes = () => nodesOf(program())
const nameOf = (node: unknown) => (node as { name?: string } | null)?.name

// developers.google.com/tag-platform/tag-manager/templates/standard-library, plus the Math and JSON APIs.
const STANDARD_LIBRARY = [
  ...['concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push', 'reduce'],
  ...['reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toString', 'unshift'],
  ...['charAt', 'match', 'replace', 'search', 'split', 'substring', 'toLowerCase', 'toLocaleLowerCase'],
  ...['toUpperCase', 'toLocaleUpperCase', 'trim'],
  ...['abs', 'ceil', 'floor', 'max', 'min', 'pow', 'random', 'round', 'sqrt', 'parse', 'stringify'],
]
const BITWISE = ['&', '|', '^', '<<', '>>', '>>>', '&=', '|=', '^=', '<<=', '>>=', '>>>=']

const requiredApis = () =>
  nodes()
    .filter((node) => node.type === 'CallExpression' && nameOf(node.callee) === 'require')
    .map((node) => (node.arguments as { value?: unknown }[])[0]?.value)

describe('the sandboxed code', () => {
  it('is ES5: no let, const, arrow functions, template literals or classes', () => {
    expect(program).not.toThrow()
    for (const es2015 of ['let a = 1', 'const a = 1', 'var f = () => 1', 'var s = `s`', 'class A {}'])
      expect(() => parse(es2015, { ecmaVersion: 5 }), es2015).toThrow()
  })

  it('uses no new, this, regular expressions, bitwise operators or with', () => {
    const forbidden = nodes().filter(
      (node) =>
        ['NewExpression', 'ThisExpression', 'WithStatement', 'ForInStatement'].includes(node.type) ||
        (node.type === 'Literal' && 'regex' in node) ||
        (['BinaryExpression', 'AssignmentExpression'].includes(node.type) && BITWISE.includes(String(node.operator))) ||
        (node.type === 'UnaryExpression' && node.operator === '~'),
    )
    expect(forbidden.map((node) => template.code.slice(node.start, node.end))).toEqual([])
  })

  it('calls only the methods the sandbox documents for built-in types (so no charCodeAt)', () => {
    const methods = nodes()
      .filter((node) => node.type === 'CallExpression' && (node.callee as AnyNode).type === 'MemberExpression')
      .map((node) => node.callee as AnyNode)
      .filter((callee) => nameOf(callee.object) !== 'data')
      .map((callee) => nameOf(callee.property))
    expect(methods.length).toBeGreaterThan(0)
    expect(methods.filter((name) => !STANDARD_LIBRARY.includes(name ?? ''))).toEqual([])
  })

  it('reaches no global except through require', () => {
    const all = nodes()
    const declared = new Set(['require', 'data', 'undefined'])
    for (const node of all) {
      if (node.type === 'VariableDeclarator' || node.type === 'FunctionDeclaration') declared.add(nameOf(node.id)!)
      if (node.type.startsWith('Function')) for (const param of node.params as unknown[]) declared.add(nameOf(param)!)
    }
    const properties = new Set<unknown>()
    for (const node of all) {
      if (node.type === 'MemberExpression' && !node.computed) properties.add(node.property)
      if (node.type === 'Property') properties.add(node.key)
    }
    const globals = all.filter(
      (node) => node.type === 'Identifier' && !properties.has(node) && !declared.has(nameOf(node)!),
    )
    expect(globals.map(nameOf)).toEqual([])
  })

  it('requires only APIs that exist, each with a stand-in here', () => {
    const apis = requiredApis()
    expect(apis.length).toBeGreaterThan(0)
    expect(apis.filter((api) => typeof api !== 'string' || !(api in API_PERMISSIONS))).toEqual([])
  })
})

describe('the declared permissions', () => {
  it('are exactly those the required APIs need', () => {
    const needed = new Set(requiredApis().map((api) => API_PERMISSIONS[api as string]))
    needed.delete(null)
    expect(Object.keys(template.permissions).sort()).toEqual([...needed].sort())
  })

  it('let the template write every consent type and read none, since it never reads consent', () => {
    expect(requiredApis()).not.toContain('isConsentGranted')
    expect(template.permissions.access_consent?.consentTypes).toEqual(
      Object.keys(stateGranting()).map((consentType) => ({ consentType, read: false, write: true })),
    )
  })

  it('allow reading only the koekje_consent cookie and writing only the two ads settings', () => {
    expect(template.permissions.get_cookies).toEqual({ cookieAccess: 'specific', cookieNames: ['koekje_consent'] })
    expect(template.permissions.write_data_layer).toEqual({ keyPatterns: ['ads_data_redaction', 'url_passthrough'] })
    expect(template.permissions.logging).toEqual({ environments: 'debug' })
  })
})

describe("the template's own Tag Manager test scenarios", () => {
  const setup = template.sections.TESTS ?? ''
  const cookieNamed = (name: string) => new RegExp(`const ${name} = '([^']+)'`).exec(setup)?.[1] ?? ''

  it('use a valid and a tampered cookie that really are valid and tampered', () => {
    const valid = cookieNamed('VALID_COOKIE')
    const tampered = cookieNamed('TAMPERED_COOKIE')
    expect(fnv1a(valid.slice(0, valid.lastIndexOf('.')))).toBe(valid.split('.')[6])
    expect(fnv1a(tampered.slice(0, tampered.lastIndexOf('.')))).not.toBe(tampered.split('.')[6])
    expect(fireTag({}, { cookie: valid }).callsTo('updateConsentState')).toEqual([
      [stateGranting('security_storage', 'functionality_storage', 'personalization_storage', 'analytics_storage')],
    ])
    expect(fireTag({}, { cookie: tampered }).callsTo('updateConsentState')).toEqual([])
  })

  it('use a valid cookie for the refused Google Ads service, so the scenario tests the mapping', () => {
    const adsRefused = cookieNamed('ADS_REFUSED_COOKIE')
    expect(adsRefused.split('.')[5]).toBe('google-tag-manager~facebook')
    expect(fnv1a(adsRefused.slice(0, adsRefused.lastIndexOf('.')))).toBe(adsRefused.split('.')[6])
    expect(fireTag({}, { cookie: adsRefused }).callsTo('updateConsentState')).toEqual([
      [stateGranting('security_storage', 'functionality_storage', 'personalization_storage')],
    ])
  })
})
