/// <reference types="node" />
import { readFileSync } from 'node:fs'

/**
 * Reads `gtm/koekje.tpl` the way Tag Manager's import does: a file of
 * `___NAME___` headed sections. The permissions come back as plain values
 * instead of GTM's typed wrappers (type 1 string, 2 list, 3 map, 8 boolean).
 */

const TEMPLATE_URL = new URL('../../gtm/koekje.tpl', import.meta.url)

export type PlainValue = string | boolean | PlainValue[] | { [key: string]: PlainValue }

/** Declared permissions by public id, each with its parameters: `{ get_cookies: { cookieNames: [...] } }`. */
export type Permissions = Record<string, Record<string, PlainValue>>

interface TypedValue {
  type: number
  string?: string
  boolean?: boolean
  listItem?: TypedValue[]
  mapKey?: TypedValue[]
  mapValue?: TypedValue[]
}

interface PermissionEntry {
  instance: { key: { publicId: string }; param?: { key: string; value: TypedValue }[] }
}

export const readTemplateText = (): string => readFileSync(TEMPLATE_URL, 'utf8')

export const readSections = (text = readTemplateText()): Record<string, string> => {
  const sections: Record<string, string> = {}
  let current: string | undefined
  for (const line of text.split('\n')) {
    const header = /^___([A-Z_]+)___$/.exec(line)
    if (header) {
      current = header[1]!
      sections[current] = ''
    } else if (current) {
      sections[current] += `${line}\n`
    }
  }
  return sections
}

const plain = (value: TypedValue): PlainValue => {
  if (value.type === 1) return value.string ?? ''
  if (value.type === 8) return value.boolean ?? false
  if (value.type === 2) return (value.listItem ?? []).map(plain)
  if (value.type === 3) {
    const map: Record<string, PlainValue> = {}
    value.mapKey?.forEach((key, index) => {
      map[String(plain(key))] = plain(value.mapValue![index]!)
    })
    return map
  }
  throw new Error(`unknown permission value type ${value.type}`)
}

export const parsePermissions = (json: string): Permissions => {
  const permissions: Permissions = {}
  for (const entry of JSON.parse(json) as PermissionEntry[]) {
    const params: Record<string, PlainValue> = {}
    for (const param of entry.instance.param ?? []) params[param.key] = plain(param.value)
    permissions[entry.instance.key.publicId] = params
  }
  return permissions
}

export const readTemplate = () => {
  const sections = readSections()
  return {
    sections,
    code: sections.SANDBOXED_JS_FOR_WEB_TEMPLATE ?? '',
    permissions: parsePermissions(sections.WEB_PERMISSIONS ?? '[]'),
  }
}
