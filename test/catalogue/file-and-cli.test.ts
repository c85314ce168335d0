/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  assertValidCatalogueFile,
  CATALOGUE_FILE,
  checkCatalogueFile,
  defaultCatalogue,
  repoPath,
  set,
} from './checker'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koekje-catalogue-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Writes a catalogue file the way an editor would, and returns its path. */
const write = (text: string): string => {
  const file = join(dir, 'catalogue.json')
  writeFileSync(file, text)
  return file
}

/** The default catalogue as text with one line replaced, to make syntax errors at a known place. */
const editLine = (find: string, replace: string): string => {
  const text = readFileSync(CATALOGUE_FILE, 'utf8')
  expect(text).toContain(find)
  return text.replace(find, replace)
}
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, [repoPath('scripts/check-catalogue.mjs'), ...args], {
    cwd: repoPath(''),
    encoding: 'utf8',
  })

describe('checking a catalogue file', () => {
  it('accepts the default catalogue', () => {
    expect(() => assertValidCatalogueFile(CATALOGUE_FILE)).not.toThrow()
  })

  it('gives the line and column of a stray character and shows the line', () => {
    const text = editLine('"revision": 1,', '"revision": 1,,')
    const { problems } = checkCatalogueFile(write(text))
    const line = lineOf(text, '"revision"')
    expect(problems).toEqual([
      `is not valid JSON: line ${line}, column 17: unexpected ",". Look for a text without "double quotes" around it, or a stray character.\n      "revision": 1,,\n    ${' '.repeat(16)}^`,
    ])
  })

  it('gives the line and column where a comma is missing', () => {
    const text = editLine('"revision": 1,', '"revision": 1')
    const { problems } = checkCatalogueFile(write(text))
    const line = lineOf(text, '"revision"')
    expect(problems[0]).toContain(`is not valid JSON: line ${line}, column 16: a comma is missing between two items.`)
  })

  it('points at the comma to remove after the last item of a list', () => {
    const text = editLine('"services": ["online-succes"],', '"services": ["online-succes",],')
    const { problems } = checkCatalogueFile(write(text))
    const line = lineOf(text, '"services": ["online-succes"')
    expect(problems[0]).toMatch(
      new RegExp(
        `^is not valid JSON: line ${line}, column \\d+: there is a comma after the last item\\. Remove that comma\\.`,
      ),
    )
  })

  it('throws one error that starts with the file name and lists every problem', () => {
    const catalogue = defaultCatalogue()
    set(catalogue, 'revision', '2')
    catalogue.doNotTrack.services = ['nobody']
    const file = write(JSON.stringify(catalogue, null, 2))
    expect(() => assertValidCatalogueFile(file)).toThrow(
      new RegExp(
        `^${file.replaceAll('\\', '\\\\')} has 2 problems:\\n  1\\. "revision" is "2".*\\n  2\\. doNotTrack\\.services\\[0\\] is "nobody"`,
      ),
    )
  })

  it('says that a file does not exist instead of crashing', () => {
    expect(() => assertValidCatalogueFile(join(dir, 'missing.json'))).toThrow(
      /missing\.json cannot be read \(there is no such file\)\./,
    )
  })
})

describe('node scripts/check-catalogue.mjs', () => {
  it('confirms the default catalogue and counts what it holds', () => {
    const result = runCli()
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe('✓ config/catalogue.json is valid: 3 categories, 10 services, 2 languages')
  })

  it('exits 1 and prints the problems of a broken catalogue', () => {
    const catalogue = defaultCatalogue()
    set(catalogue.services[6]!, 'category', 'analytic')
    const file = write(JSON.stringify(catalogue, null, 2))
    const result = runCli(file)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`✗ ${file} has 1 problem:`)
    expect(result.stderr).toContain('services[6] ("hotjar"): "category" is "analytic", but there is no such category.')
  })

  it('exits 1 with the line and column of a JSON syntax error', () => {
    const file = write('{\n  "revision": 1\n  "controller": "Codelogic B.V."\n}\n')
    const result = runCli(file)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `✗ ${file} is not valid JSON: line 2, column 16: a comma is missing between two items.`,
    )
  })
})
