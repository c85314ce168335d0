/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Catalogue } from '../../src/types'

/** What scripts/check-catalogue.mjs exports. */
export interface CatalogueChecker {
  checkCatalogue(value: unknown): string[]
  checkCatalogueFile(file: string): { catalogue?: unknown; problems: string[] }
  assertValidCatalogueFile(file: string): void
}

// The checker is plain JavaScript so rollup.config.mjs and `node` run it without
// a build step. Typing the specifier as a string keeps tsc (which does not read
// JavaScript here) from looking for declarations; Vite still sees the literal.
export const { checkCatalogue, checkCatalogueFile, assertValidCatalogueFile } = (await import(
  '../../scripts/check-catalogue.mjs' as string
)) as CatalogueChecker

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const repoPath = (relative: string): string => join(ROOT, relative)

export const CATALOGUE_FILE = repoPath('config/catalogue.json')
export const SCHEMA_FILE = repoPath('config/catalogue.schema.json')

/** A fresh copy of the default catalogue, safe to break in a test. */
export const defaultCatalogue = (): Catalogue => JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Catalogue

/** Sets a field to a value its type does not allow, the way a hand edit would. */
export const set = (target: object, key: string, value: unknown): void => {
  Reflect.set(target, key, value)
}

/** Index of a service by id, so tests read like the messages they expect. */
export const serviceIndex = (catalogue: Catalogue, id: string): number =>
  catalogue.services.findIndex((service) => service.id === id)
