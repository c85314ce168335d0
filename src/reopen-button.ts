/**
 * The small, always-reachable way back to the preferences after a decision:
 * withdrawing must be as easy as consenting. It is a bundle of its own
 * (koekje-button.js, see button-entry.ts) that repeat views load, so it is
 * plain DOM, not Preact, and every byte counts.
 * A shadow root keeps the site's CSS out; a constructable stylesheet passes a
 * strict CSP. Colours follow the widget's custom properties, else the
 * system's light or dark canvas (`color-scheme`). The focus ring is two-tone
 * (text colour outside, canvas colour inside), so one of the two stands out
 * on any page background. 13 px text plus padding keeps it above 24 × 24 px.
 */
const CSS =
  'button{position:fixed;bottom:12px;z-index:2147483000;padding:6px 12px;color-scheme:light dark;font:13px var(--koekje-font,system-ui);' +
  'color:var(--koekje-fg,CanvasText);background:var(--koekje-bg,Canvas);border:1px solid;border-radius:2em}' +
  '.left{left:12px}.right{right:12px}:focus-visible{outline:2px solid;outline-offset:2px;box-shadow:0 0 0 2px Canvas}'

/**
 * Shows the floating "cookie settings" button once, however often it is called.
 * `lang` is the label's language, which may differ from the page's (as on `#koekje`).
 * @example showReopenButton(document, 'Cookie-instellingen', 'nl', 'left', koekje.showPreferences, false)
 */
export const showReopenButton = (
  doc: Document,
  label: string,
  lang: string,
  position: 'left' | 'right',
  onClick: () => void,
  focus?: boolean,
): void => {
  if (doc.getElementById('koekje-reopen')) return
  const host = doc.createElement('div')
  const sheet = new CSSStyleSheet()
  const button = doc.createElement('button')
  host.id = 'koekje-reopen'
  // A screen reader reads the label in this language, not the page's.
  host.lang = lang
  sheet.replaceSync(CSS)
  // The visible text is the accessible name: what a speech user says is what they see.
  Object.assign(button, { type: 'button', textContent: label, className: position, onclick: onClick })
  const root = host.attachShadow({ mode: 'open' })
  root.adoptedStyleSheets = [sheet]
  root.append(button)
  doc.body.append(host)
  // Focus that fell to <body> (its element closed) moves here rather than to the page's start.
  if (focus && doc.activeElement === doc.body) button.focus()
}
