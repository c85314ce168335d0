// The inline variant the bench measures: the project's own koekje.inline.js
// build (rollup.config.mjs, unchanged), but with the bench catalogue built in,
// so both Koekje rows carry the same catalogue as the peers. Built in memory:
// nothing in dist/ changes.
import { rollup } from 'rollup'
import { CATALOGUE_PATH } from './catalogue.mjs'

const INLINE_OUTPUT = 'dist/koekje.inline.js'

/** @returns {Promise<string>} the minified script */
export const buildInlineVariant = async () => {
  // rollup.config.mjs reads the catalogue path when it is imported.
  process.env.KOEKJE_CATALOGUE = CATALOGUE_PATH
  const { default: configs } = await import(`../../rollup.config.mjs?bench=${Date.now()}`)
  const config = configs.find((entry) => entry.output.file === INLINE_OUTPUT)
  if (!config) throw new Error(`rollup.config.mjs has no ${INLINE_OUTPUT} entry`)
  const { output, ...input } = config
  const bundle = await rollup({ ...input, onwarn: () => {} })
  try {
    const { output: chunks } = await bundle.generate({ ...output, sourcemap: false })
    return chunks[0].code
  } finally {
    await bundle.close()
  }
}
