// Three bundles: the core every page view pays for; the UI's first layer
// (the banner, no Preact) it loads only when something must be shown; and the
// second layer (Preact: the preferences, the cookie page's widgets) that the
// first loads when those are needed. The core must never import Preact or src/ui.
// A third file, koekje.inline.js, is the core with the catalogue built in,
// for sites that want one request instead of two.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'
import { assertValidCatalogueFile } from './scripts/check-catalogue.mjs'

const CATALOGUE = process.env.KOEKJE_CATALOGUE || 'config/catalogue.json'
const VERSION = process.env.npm_package_version || '0.0.0'

const terserOptions = {
  ecma: 2020,
  toplevel: true,
  // unsafe_methods stays off: it turns `save: (c) => run(c)` into the longer `save(c) { return run(c) }`.
  // unsafe_comps only flips comparisons of numbers here.
  compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_comps: true },
  format: { comments: false },
}

/** Refuses to build with a catalogue the marketing team broke, and ships it beside the script. */
const catalogue = () => ({
  name: 'koekje-catalogue',
  buildStart() {
    assertValidCatalogueFile(CATALOGUE)
    this.addWatchFile(CATALOGUE)
  },
  writeBundle() {
    mkdirSync('dist', { recursive: true })
    copyFileSync(CATALOGUE, 'dist/catalogue.json')
  },
})

/**
 * Build-time constants: the version (so the core needs no package.json at run
 * time) and NODE_ENV, which nanostores and preact read for dev-only code that
 * must not ship (and `process` does not exist in a browser).
 */
const constants = (inlineCatalogue) => ({
  name: 'koekje-constants',
  transform(code) {
    let out = code.replaceAll('__KOEKJE_VERSION__', VERSION).replaceAll('process.env.NODE_ENV', '"production"')
    // Every use of the placeholder, but not its `declare const` line; `undefined`
    // in koekje.js lets terser drop the inline branch altogether.
    out = out.replace(
      /(?<!declare const )__KOEKJE_INLINE_CATALOGUE__/g,
      inlineCatalogue ? `(${inlineCatalogue})` : 'undefined',
    )
    // Replacements stay on their line, so the line mappings hold: no new source map needed.
    return out === code ? null : { code: out, map: null }
  },
})

/** The catalogue as it is built into koekje.inline.js: without the editor's `$schema` hint. */
const inlineCatalogueJson = () => {
  assertValidCatalogueFile(CATALOGUE)
  const { $schema, ...catalogue } = JSON.parse(readFileSync(CATALOGUE, 'utf8'))
  return JSON.stringify(catalogue)
}

/**
 * Every bundle is an IIFE that every page view downloads, so it carries
 * nothing a visitor's browser does not run:
 * - no "use strict" (13 bytes): the TypeScript is type-checked as strict code;
 *   at run time the directive only changes what a mistake does;
 * - no `//# sourceMappingURL` comment (24 bytes gzip on the core): the map is
 *   written beside the file, and a host that wants DevTools to find it sends
 *   a `SourceMap` header instead (the demo server does; README, "Cache headers").
 */
const iife = (file, terserExtra = {}) => ({
  file,
  format: 'iife',
  strict: false,
  sourcemap: 'hidden',
  plugins: [terser({ ...terserOptions, ...terserExtra })],
})

const plugins = (inlineCatalogue) => [
  constants(inlineCatalogue),
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', noEmit: false, outDir: 'dist', declaration: false, include: ['src/**/*'] }),
]

export default [
  {
    input: 'src/embed.ts',
    output: iife('dist/koekje.js'),
    plugins: [catalogue(), ...plugins()],
  },
  {
    input: 'src/ui-entry.ts',
    output: iife('dist/koekje-ui.js'),
    plugins: plugins(),
  },
  {
    input: 'src/preferences-entry.ts',
    // Preact's internals are `__x` properties (its own mangled names); only this
    // bundle holds Preact, so they shrink to one letter. None of ours start
    // with `__`; `__html` is Preact's public dangerouslySetInnerHTML key.
    output: iife('dist/koekje-preferences.js', {
      mangle: { properties: { regex: /^__/, reserved: ['__html', '__proto__'] } },
    }),
    plugins: plugins(),
  },
  {
    input: 'src/embed.ts',
    output: iife('dist/koekje.inline.js'),
    plugins: plugins(inlineCatalogueJson()),
  },
  {
    // The floating "cookie settings" button, loaded by the core after a decision when the page wants it.
    input: 'src/button-entry.ts',
    output: iife('dist/koekje-button.js'),
    plugins: plugins(),
  },
]
