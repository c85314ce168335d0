/** @jsxRuntime classic */
/** @jsx h */

import type { ComponentChildren } from 'preact'
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import { safeHref } from './safe-href'

/** A link when the URL is safe (see safeHref), else just its label as text. */
export const link = (url: string | undefined, label: ComponentChildren) => {
  const safe = safeHref(url)
  return safe ? <a href={safe}>{label}</a> : label
}
