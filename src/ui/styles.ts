/**
 * The widget's stylesheet, in two parts applied inside its shadow root: what
 * the banner needs (BANNER_CSS, shipped with the first layer) and what only
 * the preferences dialog needs (DIALOG_CSS, shipped with the second).
 *
 * Theme it with these custom properties, set on `#koekje` or any ancestor
 * (`:root` will do); each falls back to the default shown:
 *   --koekje-bg         panel background          Canvas         (system: light #fff, dark ~#121212)
 *   --koekje-fg         text                      CanvasText     (system: light #000, dark #fff)
 *   --koekje-accent     buttons, links, switches  light #0b57d0  dark #8ab4f8
 *   --koekje-on-accent  text on the accent        Canvas
 *   --koekje-line       borders, switch outline   light #767676  dark #9aa0a6
 *   --koekje-font       font family               system-ui, sans-serif
 *   --koekje-radius     corner radius             .5em
 * Every byte of BANNER_CSS ships on a first visit. The system colours
 * (`color-scheme: light dark`) follow the visitor's light or dark mode by
 * themselves, as the floating button's do, so only the accent and the line
 * need a dark value: those two are read into short names (--ac, --ln) whose
 * fallback the dark block changes; the others are used where they apply
 * (gzip packs the repeats smaller than a short name's declaration).
 *
 * Contrast of the defaults (WCAG 2.2: text >= 4.5:1, switches and focus ring >= 3:1):
 *   light: fg/bg 21:1; accent/bg and on-accent/accent 6.4:1 (links, buttons,
 *          switch on, focus ring); line/bg 4.5:1 (switch off)
 *   dark (Canvas #121212 Chrome, #1c1b22 Firefox, #1e1e1e Safari; worst case):
 *          fg/bg 16.7:1; accent/bg and on-accent/accent 7.9:1; line/bg 6.3:1
 * A site that overrides them takes over keeping these ratios.
 *
 * Sizes are in em of the browser's default font size (`all: initial` on the
 * host), not rem, so a site's `html { font-size: 62.5% }` cannot shrink the
 * widget while the visitor's own text size still grows it. No fixed heights:
 * text wraps at 320 px and 200 %. The banner takes at most half the screen, or
 * what its three equal choices need (--k, measured by banner.ts), its text
 * scrolling above them. The dialog scrolls inside itself, its
 * buttons kept in view where there is room (not on a phone, where they would
 * fill half the screen), above a scroll padding as tall as them (--kb, measured
 * by preferences-layer.ts) so they never cover the control with focus.
 * Motion only for visitors who did not ask for less.
 */
export const BANNER_CSS =
  ':host{all:initial;display:block;color-scheme:light dark;--ac:var(--koekje-accent,#0b57d0);--ln:var(--koekje-line,#767676)}' +
  '@media(prefers-color-scheme:dark){:host{--ac:var(--koekje-accent,#8ab4f8);--ln:var(--koekje-line,#9aa0a6)}}' +
  '*{box-sizing:border-box;margin:0;font:inherit;color:inherit}' +
  '.b,.bd{position:fixed;z-index:2147483600}' +
  '.b,.d{padding:1em;overflow:auto;overflow-wrap:anywhere;background:var(--koekje-bg,Canvas);color:var(--koekje-fg,CanvasText);font:100%/1.5 var(--koekje-font,system-ui,sans-serif)}' +
  '.b{inset:auto 0 0;display:flex;flex-flow:column;max-height:min(100vh,max(50vh,var(--k) + 4.5em));padding-inline:max(1em,50% - 30em);border-top:1px solid var(--ln)}' +
  '.b:not(.m){visibility:hidden}.t{overflow:auto;min-height:min(4.5em,15vh);margin:-5px;padding:5px}.p{display:flex;flex-wrap:wrap;gap:0 2em}' +
  'h2{font-size:1.25em}h2,h3,dt,.btn{font-weight:700}' +
  'p,ul,dl,.c,.k,.s{margin-top:.75em}' +
  '.k{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,11em),1fr));grid-auto-rows:1fr;gap:.5em}' +
  '.btn{min-height:2.75em;padding:.5em;border:0;border-radius:var(--koekje-radius,.5em);background:var(--ac);color:var(--koekje-on-accent,Canvas)}' +
  'a{color:var(--ac)}:focus-visible{outline:3px solid var(--ac);outline-offset:2px}' +
  'button{cursor:pointer}:host([aria-busy=true]) *{cursor:progress}' +
  '.sr{position:fixed;clip-path:inset(50%)}'

/** What only the preferences dialog needs, added by the second layer on top of BANNER_CSS. */
export const DIALOG_CSS =
  '.bd{inset:0;display:grid;place-items:center;padding:.5em;background:#000a}' +
  '.d{width:100%;max-width:40em;max-height:calc(100vh - 1em);border-radius:var(--koekje-radius,.5em)}' +
  '.x{border:0;background:0;font-size:1.5em;line-height:1}' +
  '.sw{display:flex;align-items:center;gap:1em}.sw>:first-child{flex:1}' +
  '.c{padding:.75em;border:1px solid var(--ln);border-radius:var(--koekje-radius,.5em)}.s{border-top:1px solid var(--ln)}' +
  '@media(min-width:30em){dl{display:grid;grid-template-columns:auto 1fr;gap:0 1em}.d{scroll-padding-bottom:var(--kb)}.d>.k{position:sticky;bottom:-1em;padding:.5em 0 1em;background:var(--koekje-bg,Canvas)}}' +
  'input{--k:var(--ln);appearance:none;flex:none;width:3em;height:1.75em;border:2px solid var(--ln);border-radius:1em;background:radial-gradient(circle closest-side,var(--k) 75%,#0000 80%) 0/1.4em 100% no-repeat var(--koekje-bg,Canvas)}' +
  ':checked{--k:var(--koekje-on-accent,Canvas);border-color:var(--ac);background-color:var(--ac);background-position:100%}' +
  'summary,input{cursor:pointer}:disabled{cursor:not-allowed}' +
  '@media(prefers-reduced-motion:no-preference){input{transition:background-position .2s}}'

/**
 * Adds one stylesheet to the shadow root. Constructable stylesheets pass a
 * strict CSP without `'unsafe-inline'`; the nonce'd `<style>` is for browsers
 * that lack them.
 */
export function applyStyles(root: ShadowRoot, nonce: string, css: string): void {
  if ('adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  } else {
    const style = document.createElement('style')
    style.nonce = nonce
    style.textContent = css
    ;(root as ShadowRoot).append(style)
  }
}
