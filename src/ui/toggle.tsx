/** @jsxRuntime classic */
/** @jsx h */

import type { ComponentChildren } from 'preact'
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'

/**
 * A switch beside its label: a native checkbox, which keyboards, forms and
 * screen readers already know, drawn as a switch. `role="switch"` makes it
 * read as on/off rather than checked.
 */
export const toggle = (
  box: string,
  label: ComponentChildren,
  input: { id: string; checked: boolean; [attribute: string]: unknown },
  onSwitch: (on: boolean) => void,
) => (
  <div class={box}>
    {label}
    {/* biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox already exposes its checked state */}
    <input type="checkbox" role="switch" {...input} onChange={(e) => onSwitch(e.currentTarget.checked)} />
  </div>
)
