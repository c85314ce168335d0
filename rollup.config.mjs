// Two bundles: the core every page view pays for, and the UI it loads only
// when something must be shown. The core must never import Preact or src/ui.
import { copyFileSync, mkdirSync } from 'node:fs'
import resolve from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import typescript from '@rollup/plugin-typescript'
import { assertValidCatalogueFile } from './scripts/check-catalogue.mjs'

const CATALOGUE = process.env.KOEKJE_CATALOGUE || 'config/catalogue.json'
const VERSION = process.env.npm_package_version || '0.0.0'

const terserOptions = {
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
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

/** Replaces the version placeholder so the core needs no package.json at run time. */
const version = () => ({
  name: 'koekje-version',
  transform: (code) => (code.includes('__KOEKJE_VERSION__') ? code.replaceAll('__KOEKJE_VERSION__', VERSION) : null),
})

const plugins = () => [
  version(),
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', noEmit: false, outDir: 'dist', declaration: false, include: ['src/**/*'] }),
]

export default [
  {
    input: 'src/embed.ts',
    output: { file: 'dist/koekje.js', format: 'iife', sourcemap: true, plugins: [terser(terserOptions)] },
    plugins: [catalogue(), ...plugins()],
  },
  {
    input: 'src/ui/index.tsx',
    output: {
      file: 'dist/koekje-ui.js',
      format: 'iife',
      name: 'koekjeUi',
      sourcemap: true,
      plugins: [terser(terserOptions)],
    },
    plugins: plugins(),
  },
]
